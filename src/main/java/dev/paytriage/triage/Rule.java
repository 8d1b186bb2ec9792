package dev.paytriage.triage;

import dev.paytriage.model.Confidence;
import java.util.List;
import java.util.Optional;

/** One step of the precedence: decides the case or passes it on. */
interface Rule {

    /**
     * How direct the evidence of a decision is; it caps the verdict's confidence: an explicit code or
     * a fact the gateway reported beats advice about retrying, which beats a message pattern.
     */
    enum Directness {
        FACT(Confidence.HIGH), CODE(Confidence.HIGH), ADVICE(Confidence.MEDIUM), MESSAGE(Confidence.MEDIUM);

        final Confidence cap;

        Directness(Confidence cap) {
            this.cap = cap;
        }
    }

    /** A decision: the row that applies, the evidence this rule adds, what matched, and how directly. */
    record Decision(Row row, List<String> evidence, String matched, Directness directness) {}

    Optional<Decision> decide(Case c, Facts facts);
}
