package dev.paytriage.reply;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.paytriage.model.WireEnum;

/** Where the reply goes: a chat message, an e-mail, or an internal escalation note. */
public enum Channel implements WireEnum {
    CHAT, EMAIL, NOTE;

    @JsonValue
    @Override
    public String wire() {
        return WireEnum.super.wire();
    }
}
