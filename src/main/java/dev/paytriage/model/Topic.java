package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a complaint is about. */
public enum Topic implements WireEnum {
    PAYMENT_FAILED, CHARGED_NOT_CONFIRMED, DOUBLE_CHARGE, REFUND_MISSING, FUNDS_NOT_RECEIVED,
    GOODS_NOT_DELIVERED, OTHER;

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
