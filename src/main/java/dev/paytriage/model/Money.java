package dev.paytriage.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/** An amount in minor units of an ISO 4217 currency; formatting knows each currency's exponent. */
public record Money(long minor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        currency = SafeText.clean(currency).strip().toUpperCase(Locale.ROOT);
    }

    public int exponent() {
        return Currencies.exponent(currency);
    }

    /** The amount in major units, e.g. 1250 BYN minor units → 12.50. */
    public BigDecimal major() {
        return BigDecimal.valueOf(minor, exponent());
    }

    /** Locale-neutral display used in JSON and evidence: "12.50 BYN", "1500 JPY", "1.250 KWD". */
    public String display() {
        return major().toPlainString() + " " + currency;
    }

    @Override
    public String toString() {
        return display();
    }
}
