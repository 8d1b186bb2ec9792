package dev.paytriage.triage;

import dev.paytriage.model.Decline;
import java.util.stream.Collectors;

/** Whether the gateway reported any machine code at all (a situation may defer to the code tables). */
final class DeclineCodes implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Decline d = c.transaction().decline();
        if (d != null && !d.codes().isEmpty()) {
            f.put("has_decline_code", "codes reported: " + d.codes().stream()
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
    }
}
