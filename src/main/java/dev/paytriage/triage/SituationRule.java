package dev.paytriage.triage;

import java.util.List;
import java.util.Optional;

/**
 * Stages 1–3 and the pattern stage: request sanity, status against the complaint's topic, the
 * gateway's own outcome, many cards failing. Each stage is an ordered list in situations.yaml.
 */
final class SituationRule implements Rule {
    private final String stage;
    private final Situations situations;

    SituationRule(String stage, Situations situations) {
        this.stage = stage;
        this.situations = situations;
    }

    @Override
    public Optional<Decision> decide(Case c, Facts facts) {
        return situations.first(stage, c, facts).map(s -> {
            List<String> evidence = new java.util.ArrayList<>(s.facts().stream().map(facts::evidence).toList());
            // facts the row cites when they hold: they sharpen the evidence without being conditions
            s.cite().stream().filter(facts::has).map(facts::evidence).forEach(evidence::add);
            return new Decision(s.row(), evidence, stage + " " + s.row().key(), Directness.FACT);
        });
    }
}
