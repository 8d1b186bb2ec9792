package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.Fields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The facts an agent can give beside a complaint's text (complaint and ticket share them). Each is read
 * as the text would be, and wins over what the text says.
 */
public final class ComplaintFactOptions {

    /** The transaction types --type takes. */
    static final class TypeNames implements Iterable<String> {
        public java.util.Iterator<String> iterator() {
            return List.of("charge", "payout").iterator();
        }
    }

    @Option(names = "--ref", paramLabel = "ID", description = "The gateway's transaction id.")
    String ref;

    @Option(names = "--order", paramLabel = "ID", description = "The merchant's order (tracking) id.")
    String order;

    @Option(names = "--amount", paramLabel = "AMOUNT", description = "Amount, with or without currency: 45.90, '45,90 BYN'.")
    String amount;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 currency code: BYN, RUB, UAH, EUR…")
    String currency;

    @Option(names = "--date", paramLabel = "WHEN", description = "When: 2026-11-20, '20.11 23:10', yesterday, вчера.")
    String date;

    @Option(names = "--card-last4", paramLabel = "DIGITS", description = "Last four digits of the card.")
    String cardLast4;

    @Option(names = "--shop", paramLabel = "NAME", description = "The shop's name.")
    String shop;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "The customer's e-mail.")
    String email;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = TypeNames.class,
            description = "charge or payout.")
    String type;

    boolean isEmpty() {
        return given().isEmpty();
    }

    /** The complaint with the given facts set over what its text said; a value that cannot be read is exit 2. */
    Complaint apply(ComplaintReader reader, Complaint c) {
        Complaint out = c;
        for (Map.Entry<Fields.Field, String> e : given().entrySet()) {
            try {
                out = out.withFacts(reader.fields().with(out.facts(), e.getKey(), e.getValue()));
            } catch (Fields.BadValue bad) {
                throw new PaytriageException(ExitCode.USAGE, "--" + e.getKey().name().toLowerCase(Locale.ROOT)
                        .replace('_', '-') + " " + bad.getMessage());
            }
        }
        return out;
    }

    private Map<Fields.Field, String> given() {
        Map<Fields.Field, String> m = new LinkedHashMap<>();
        // currency before amount, so a bare --amount takes it
        put(m, Fields.Field.CURRENCY, currency);
        put(m, Fields.Field.REF, ref);
        put(m, Fields.Field.ORDER, order);
        put(m, Fields.Field.AMOUNT, amount);
        put(m, Fields.Field.DATE, date);
        put(m, Fields.Field.CARD_LAST4, cardLast4);
        put(m, Fields.Field.SHOP, shop);
        put(m, Fields.Field.EMAIL, email);
        put(m, Fields.Field.TYPE, type);
        return m;
    }

    private static void put(Map<Fields.Field, String> m, Fields.Field f, String v) {
        if (v != null) {
            m.put(f, v);
        }
    }
}
