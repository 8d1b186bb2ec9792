package dev.paytriage.complaint;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Lang;
import java.util.List;

/**
 * A complaint as understood: the safe text, its language, what it is about and who wrote it (each
 * with the words that said so), and the facts it gives.
 */
public record Complaint(ComplaintText text, Lang language, Inferred<Topic> topic, Inferred<Audience> from,
        ComplaintFacts facts) {

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
        return new Complaint(text, language, topic, from, newFacts);
    }
}
