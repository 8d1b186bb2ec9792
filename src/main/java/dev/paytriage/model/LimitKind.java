package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whose limit stopped a payment when the party is limit_exceeded. */
public enum LimitKind implements WireEnum {
    /** The merchant's volume limit set by its acquirer or the gateway. */
    MERCHANT_TURNOVER,
    /** The card's own limit, set by the issuer. */
    CARD,
    /** A per-transaction or frequency rule of the gateway. */
    GATEWAY;

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
