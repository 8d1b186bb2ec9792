package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who complains, and so who reads the reply. */
public enum Audience implements WireEnum {
    PAYER, MERCHANT;

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
