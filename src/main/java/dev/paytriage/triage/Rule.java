package dev.paytriage.triage;

import java.util.List;
import java.util.Optional;

/** One step of the precedence: decides the case or passes it on. */
interface Rule {

    /** A decision: the row that applies, the evidence this rule adds, and what matched. */
    record Decision(Row row, List<String> evidence, String matched) {}

    Optional<Decision> decide(Case c, Facts facts);
}
