package dev.paytriage.complaint;

import dev.paytriage.complaint.ComplaintFacts.Amount;
import dev.paytriage.complaint.ComplaintFacts.Card;
import dev.paytriage.model.Currencies;
import dev.paytriage.model.SafeText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts given one by one — as options (--amount, --date…) or as answers at a prompt — read the same way
 * as the complaint text (masked and normalised first) and put in place of what the text said.
 */
public final class Fields {

    /** A fact that can be given on its own. */
    public enum Field {
        REF, ORDER, AMOUNT, CURRENCY, DATE, CARD_LAST4, SHOP, EMAIL, TYPE, PAYMENT_SYSTEM
    }

    /** A value that cannot be read as the fact; the message says how to write it. */
    public static final class BadValue extends RuntimeException {
        public BadValue(String message) {
            super(message);
        }
    }

    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern LAST4 = Pattern.compile("(?:^|\\D)(\\d{4})$");
    private static final Pattern MASKED_PAN = Pattern.compile("^(\\d{6})\\*+(\\d{4})$");

    private final ComplaintReader reader;

    Fields(ComplaintReader reader) {
        this.reader = reader;
    }

    /** Words to offer when asking for a fact of this completion kind (see complaint/missing.yaml). */
    public List<String> completions(String kind) {
        return reader.completions(kind);
    }

    public ComplaintFacts with(ComplaintFacts f, Field field, String raw) {
        String v = ComplaintText.safe(raw);
        if (v.isEmpty()) {
            throw new BadValue("is empty");
        }
        ComplaintFacts.When when = f.when();
        List<ComplaintFacts.Ref> refs = f.refs();
        List<String> orders = f.orderIds();
        List<Amount> amounts = f.amounts();
        Card card = f.card();
        String email = f.email();
        List<String> systems = f.paymentSystems();
        String type = f.type();
        String shop = f.shop();
        String currency = f.currency();
        if ((field == Field.REF || field == Field.ORDER) && SafeText.holdsCard(v)) {
            throw new BadValue("is a card number (" + v + "): paytriage never looks a card number up at a gateway;"
                    + " give the transaction id or the merchant's order id");
        }
        switch (field) {
            case REF -> refs = List.of(reader.ref(v));
            case ORDER -> orders = List.of(v);
            case SHOP -> shop = v;
            case EMAIL -> email = v.toLowerCase(Locale.ROOT);
            case AMOUNT -> {
                Amount a = reader.amount(v);
                if (a == null) {
                    throw new BadValue("'" + v + "' is not an amount: write it as 45.90 or '45,90 BYN'");
                }
                amounts = List.of(a.currencies().isEmpty() && currency != null
                        ? new Amount(a.value(), List.of(currency), a.text()) : a);
            }
            case CURRENCY -> {
                String code = v.toUpperCase(Locale.ROOT);
                if (!CURRENCY.matcher(code).matches() || !Currencies.isKnown(code)) {
                    throw new BadValue("'" + v + "' is not an ISO 4217 currency code: write it as BYN, RUB, UAH, EUR…");
                }
                currency = code;
                amounts = amounts.stream().map(a -> new Amount(a.value(), List.of(code), a.text())).toList();
            }
            case DATE -> {
                when = reader.when(v);
                if (when == null) {
                    throw new BadValue("'" + v + "' is not a date I can read: write it as 2026-11-20, '20.11 23:10' or yesterday");
                }
            }
            case CARD_LAST4 -> {
                Matcher pan = MASKED_PAN.matcher(v);
                Matcher last = LAST4.matcher(v.strip());
                if (pan.matches()) {
                    card = new Card(pan.group(1), pan.group(2));
                } else if (last.find() && v.replaceAll("[^0-9]", "").length() == 4) {
                    card = new Card(null, last.group(1));
                } else {
                    throw new BadValue("'" + v + "' is not the last four digits of a card: write them as 4821");
                }
            }
            case TYPE -> {
                String t = v.toLowerCase(Locale.ROOT);
                type = switch (t) {
                    case "charge", "payment" -> "charge";
                    case "payout", "credit" -> "payout";
                    default -> throw new BadValue("'" + v + "' is not a transaction type: use charge or payout");
                };
            }
            case PAYMENT_SYSTEM -> {
                String key = reader.paymentSystem(v);
                if (key == null) {
                    throw new BadValue("'" + v + "' is not a payment system I know: e.g. Visa, Mastercard, Belkart, Mir, ERIP");
                }
                systems = List.of(key);
            }
            default -> throw new IllegalStateException(field.name());
        }
        return new ComplaintFacts(refs, orders, amounts, when, card, email, systems, type, shop, currency);
    }
}
