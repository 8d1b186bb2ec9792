package dev.paytriage.triage;

import dev.paytriage.model.Decline;
import java.util.stream.Collectors;

/**
 * Whether the gateway said why in a form the tables can read: a code of a namespace that has a table
 * (evidence-only tags such as a 3-D Secure fail reason do not count), or a message a pattern knows.
 * A situation may defer to the code tables on these.
 */
final class DeclineCodes implements FactSource {
    private final CodeTables tables;

    DeclineCodes(CodeTables tables) {
        this.tables = tables;
    }

    @Override
    public void collect(Case c, Facts.Builder f) {
        Decline d = c.transaction().decline();
        if (d == null) {
            return;
        }
        var readable = d.codes().stream().filter(code -> tables.table(code.namespace()).isPresent()).toList();
        if (!readable.isEmpty()) {
            f.put("has_decline_code", "codes the tables can read: " + readable.stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        // only asked for when no code speaks: the patterns are the costliest step of a verdict
        if (readable.isEmpty() && tables.matchMessage(d.message()).isPresent()) {
            f.put("has_known_message", "the gateway's message \"" + d.message() + "\" is one the tables know");
        }
    }
}
