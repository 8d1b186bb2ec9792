package dev.paytriage.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * Which facts to ask the customer for when the complaint cannot be matched to one transaction: all at
 * once, and only those not given. The wording per language and audience is data
 * (complaint/missing.yaml).
 */
public final class MissingFacts {
    static final String RESOURCE = "complaint/missing.yaml";

    /** One fact to ask for; {@code value} fills "{value}" (the id not found, the amount without currency). */
    public record Fact(String key, String value) {
        public Fields.Field field() {
            return switch (key) {
                case "reference", "reference_not_found" -> Fields.Field.REF;
                case "shop" -> Fields.Field.SHOP;
                case "amount", "amount_value" -> Fields.Field.AMOUNT;
                case "currency" -> Fields.Field.CURRENCY;
                case "date" -> Fields.Field.DATE;
                case "card_last4" -> Fields.Field.CARD_LAST4;
                case "payment_system" -> Fields.Field.PAYMENT_SYSTEM;
                case "type" -> Fields.Field.TYPE;
                default -> throw new IllegalStateException(key);
            };
        }
    }

    private static volatile JsonNode data;

    private MissingFacts() {}

    /**
     * What is missing to find the transaction. {@code notFound} is the id or order the complaint gave
     * that the gateway does not know (asked for again, by name); null when none was given or all matched.
     */
    public static List<Fact> of(ComplaintFacts f, Topic topic, String notFound) {
        List<Fact> out = new ArrayList<>();
        if (notFound != null) {
            out.add(new Fact("reference_not_found", notFound));
        } else if (f.refs().isEmpty() && f.orderIds().isEmpty()) {
            out.add(new Fact("reference", null));
        }
        if (f.shop() == null) {
            out.add(new Fact("shop", null));
        }
        ComplaintFacts.Amount a = f.amount();
        if (a == null) {
            out.add(f.currency() == null ? new Fact("amount", null) : new Fact("amount_value", f.currency()));
        } else if (a.currencies().isEmpty() && f.currency() == null) {
            out.add(new Fact("currency", a.value().toPlainString()));
        }
        if (f.when() == null) {
            out.add(new Fact("date", null));
        }
        if (f.card() == null) {
            out.add(new Fact("card_last4", null));
        }
        if (f.paymentSystems().isEmpty()) {
            out.add(new Fact("payment_system", null));
        }
        // a failed payment, a double charge or a refund is a charge; only a settlement question may be either
        if (f.type() == null && (topic == null || topic == Topic.FUNDS_NOT_RECEIVED)) {
            out.add(new Fact("type", null));
        }
        return out;
    }

    /** The line a reply uses to ask for the fact. */
    public static String reply(Fact fact, Lang lang, Audience audience) {
        JsonNode n = node(fact).path("reply").path(lang.wire()).path(audience.wire());
        return fill(n.asText(fact.key()), fact.value());
    }

    /** The question the agent sees at a terminal. */
    public static String prompt(Fact fact) {
        return fill(node(fact).path("prompt").asText(fact.key()), fact.value());
    }

    /** Which completions to offer: currencies, payment_systems, types, dates, or none. */
    public static String completion(Fact fact) {
        return node(fact).path("complete").asText("");
    }

    private static String fill(String template, String value) {
        return template.replace("{value}", value == null ? "" : value);
    }

    private static JsonNode node(Fact fact) {
        JsonNode d = data;
        if (d == null) {
            d = Lexicon.read(RESOURCE);
            data = d;
        }
        return Lexicon.need(Lexicon.need(d, "facts"), fact.key());
    }
}
