package dev.paytriage.complaint;

import dev.paytriage.model.Currencies;
import dev.paytriage.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What a complaint says about the transaction, each fact as read (or as the agent gave it with an
 * option). Any fact may be absent; a card appears only as BIN and last four. {@code currency} is a
 * currency named without an amount (an option or an answer); amounts carry their own.
 */
public record ComplaintFacts(
        List<Ref> refs,
        List<String> orderIds,
        List<Amount> amounts,
        When when,
        Card card,
        String email,
        List<String> paymentSystems,
        String type,
        String shop,
        String currency) {

    public ComplaintFacts {
        refs = refs == null ? List.of() : List.copyOf(refs);
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
        amounts = amounts == null ? List.of() : List.copyOf(amounts);
        paymentSystems = paymentSystems == null ? List.of() : List.copyOf(paymentSystems);
    }

    public static ComplaintFacts none() {
        return new ComplaintFacts(List.of(), List.of(), List.of(), null, null, null, List.of(), null, null, null);
    }

    /** A transaction id in the format of the gateway types listed (begateway, stripe). */
    public record Ref(String value, Set<String> gatewayTypes) {}

    /**
     * An amount and the currencies its words can mean, most likely first ("руб" is RUB or BYN);
     * empty when the complaint named none.
     */
    public record Amount(BigDecimal value, List<String> currencies, String text) {
        public Amount {
            currencies = currencies == null ? List.of() : List.copyOf(currencies);
        }

        public String currency() {
            return currencies.isEmpty() ? null : currencies.get(0);
        }

        /** The amount in a currency, or null when it has more decimals than the currency allows. */
        public Money in(String currency) {
            if (currency == null || !Currencies.isKnown(currency)) {
                return null;
            }
            try {
                BigDecimal minor = value.setScale(Currencies.exponent(currency), RoundingMode.UNNECESSARY)
                        .movePointRight(Currencies.exponent(currency));
                return new Money(minor.longValueExact(), currency);
            } catch (ArithmeticException tooPrecise) {
                return null;
            }
        }

        public Money money() {
            return in(currency());
        }
    }

    /**
     * When it happened, as a window to search in. {@code date}, {@code time} and {@code dayPart} keep
     * what was said; {@code from}/{@code to} are the instants in the team's time zone.
     */
    public record When(String text, LocalDate date, LocalTime time, String dayPart, Instant from, Instant to) {}

    /** The card as far as the complaint gives it: BIN (when a number was masked) and last four. */
    public record Card(String bin, String last4) {
        public String masked() {
            return (bin == null ? "" : bin) + "*".repeat(bin == null ? 4 : 6) + last4;
        }
    }

    public Amount amount() {
        return amounts.isEmpty() ? null : amounts.get(0);
    }
}
