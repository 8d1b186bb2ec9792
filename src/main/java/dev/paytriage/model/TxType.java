package dev.paytriage.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the transaction did with the money. A payout ("credit") sends money to a card. */
public enum TxType {
    PAYMENT, AUTHORIZATION, CAPTURE, VOID, REFUND, PAYOUT, CHARGEBACK, OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean movesMoneyFromPayer() {
        return this == PAYMENT || this == AUTHORIZATION || this == CAPTURE;
    }
}
