package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How direct the evidence for a verdict is: an explicit code beats a message pattern beats a guess. */
public enum Confidence implements WireEnum {
    HIGH, MEDIUM, LOW;

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
