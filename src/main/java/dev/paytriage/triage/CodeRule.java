package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 4: the codes the gateway reported, most specific first, looked up in the code tables; then
 * the free-text patterns over the decline message (confidence medium). Advice-only namespaces are
 * consulted last, since they tell how to retry rather than why it failed.
 */
final class CodeRule implements Rule {
    private static final Set<String> ADVICE_ONLY = Set.of("stripe_advice", "network_advice", "stripe_outcome",
            "stripe_network_status", "stripe_error_type");

    private final CodeTables tables;

    CodeRule(CodeTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Decision> decide(Case c, Facts facts) {
        Decline d = c.transaction().decline();
        if (d == null) {
            return Optional.empty();
        }
        Optional<Decision> byCode = first(d.codes().stream().filter(x -> !ADVICE_ONLY.contains(x.namespace())).toList());
        if (byCode.isPresent()) {
            return byCode;
        }
        Optional<Decision> byMessage = tables.matchMessage(d.message()).map(p -> new Decision(p.row(),
                List.of("the gateway's message \"" + d.message() + "\" matches the pattern for " + p.row().reason()),
                "message /" + p.pattern().pattern() + "/"));
        if (byMessage.isPresent()) {
            return byMessage;
        }
        return first(d.codes().stream().filter(x -> ADVICE_ONLY.contains(x.namespace())).toList());
    }

    private Optional<Decision> first(List<Code> codes) {
        for (Code code : codes) {
            Optional<Row> row = tables.find(code);
            if (row.isPresent()) {
                String where = tables.table(code.namespace()).map(t -> t.title() == null ? t.namespace() : t.title())
                        .orElse(code.namespace());
                return Optional.of(new Decision(row.get(),
                        List.of("code " + code.value() + " (" + where + "): " + row.get().meaning()),
                        "code " + code));
            }
        }
        return Optional.empty();
    }
}
