package dev.paytriage.complaint;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import dev.paytriage.reply.Lang;
import java.util.List;
import java.util.Map;

/**
 * A complaint as understood: the safe text, its language, what it is about and who wrote it (each
 * with the words that said so), the facts it gives, what it states happened ({@code said}: money taken,
 * order not confirmed, …, each with its words) and the remedy it asks for (refund, cancel, …).
 */
public record Complaint(ComplaintText text, Lang language, Inferred<Topic> topic, Inferred<Audience> from,
        ComplaintFacts facts, Map<String, List<String>> said, Inferred<String> remedy) {

    public Complaint {
        said = said == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(said));
        remedy = remedy == null ? Inferred.nothing() : remedy;
    }

    /** A complaint read without the statement layer (kept for callers built before it). */
    public Complaint(ComplaintText text, Lang language, Inferred<Topic> topic, Inferred<Audience> from,
            ComplaintFacts facts) {
        this(text, language, topic, from, facts, Map.of(), Inferred.nothing());
    }

    /** A value read from the text with the words that triggered it; value null when nothing did. */
    public record Inferred<T>(T value, List<String> triggers) {
        public Inferred {
            triggers = triggers == null ? List.of() : List.copyOf(triggers);
        }

        public static <T> Inferred<T> nothing() {
            return new Inferred<>(null, List.of());
        }
    }

    public Complaint withFacts(ComplaintFacts newFacts) {
        return new Complaint(text, language, topic, from, newFacts, said, remedy);
    }

    public Complaint withTopic(Inferred<Topic> newTopic) {
        return new Complaint(text, language, newTopic, from, facts, said, remedy);
    }

    /** Whether the complaint states this fact (a key of complaint/statements.yaml's facts). */
    public boolean says(String fact) {
        return said.containsKey(fact);
    }

    /**
     * The topic once the transaction is known: what the words said, corrected by what the gateway holds.
     * A payout complained about is a payout not received; "payment failed" about a payment that went
     * through while the money was taken is money taken without confirmation; money taken and nothing
     * else said, for a successful payment, is the same; repeated attempts on a declined payment are a
     * failed payment, not money taken. Null when neither words nor transaction say.
     */
    public Inferred<Topic> topicFor(Transaction tx) {
        Topic t = topic.value();
        if (tx == null) {
            return topic;
        }
        boolean successful = tx.status() == TxStatus.SUCCESSFUL;
        if (tx.type() == TxType.PAYOUT) {
            if (successful || tx.status() == TxStatus.PENDING) {
                if (t == null || t == Topic.CHARGED_NOT_CONFIRMED || t == Topic.GOODS_NOT_DELIVERED
                        || t == Topic.REFUND_MISSING || t == Topic.PAYMENT_FAILED) {
                    return because(Topic.FUNDS_NOT_RECEIVED, "a payout (" + tx.id() + ")");
                }
            } else if (t == null || t == Topic.FUNDS_NOT_RECEIVED) {
                return because(Topic.PAYMENT_FAILED, "the payout " + tx.id() + " failed");
            }
            return topic;
        }
        boolean taken = says("money_taken") || says("not_confirmed");
        if (successful && t == Topic.PAYMENT_FAILED && taken) {
            return because(Topic.CHARGED_NOT_CONFIRMED, "money taken, and " + tx.id() + " succeeded");
        }
        if (successful && t == null && says("money_taken") && remedy.value() == null) {
            return because(Topic.CHARGED_NOT_CONFIRMED, "money taken, and " + tx.id() + " succeeded");
        }
        if (tx.status().isFinalFailure() && t == Topic.CHARGED_NOT_CONFIRMED && says("attempts_repeated")
                && !says("money_taken")) {
            return because(Topic.PAYMENT_FAILED, "repeated attempts, and " + tx.id() + " failed");
        }
        return topic;
    }

    private Inferred<Topic> because(Topic t, String why) {
        List<String> words = new java.util.ArrayList<>(topic.triggers());
        words.add(why);
        return new Inferred<>(t, words);
    }
}
