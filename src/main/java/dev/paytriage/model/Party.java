package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is responsible for what happened to a payment (the contract's list). */
public enum Party implements WireEnum {
    MERCHANT, ACQUIRER, LIMIT_EXCEEDED, MODULE_MISCONFIGURED, ISSUER, PAYER, GATEWAY, UNDETERMINED;

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
