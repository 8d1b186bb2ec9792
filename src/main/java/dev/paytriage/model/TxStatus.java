package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The gateway's final word on a transaction, normalised across gateways. */
public enum TxStatus {
    SUCCESSFUL, FAILED, INCOMPLETE, PENDING, EXPIRED, CANCELED, ERROR, UNKNOWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinalFailure() {
        return this == FAILED || this == EXPIRED || this == CANCELED || this == ERROR;
    }
}
