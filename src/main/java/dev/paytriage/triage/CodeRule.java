package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 4: the codes the gateway reported, most specific first, looked up in the code tables; then
 * the free-text patterns over the decline message; then the advice-only namespaces, which tell how to
 * retry rather than why it failed. Stripe's raw network code ({@code network}, looked up as ISO 8583)
 * comes after Stripe's own codes: it decides only when they do not, and otherwise joins the evidence.
 */
final class CodeRule implements Rule {
    static final Set<String> ADVICE_ONLY = Set.of("stripe_advice", "network_advice", "stripe_outcome",
            "stripe_network_status", "stripe_error_type");
    /** Namespaces consulted after the gateway's own: a raw network code behind a PSP's normalised one. */
    static final Set<String> LOWER_PRIORITY = Set.of("network");

    private final CodeTables tables;

    CodeRule(CodeTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<Decision> decide(Case c, Facts facts) {
        Transaction tx = c.transaction();
        Decline d = tx.decline();
        if (d == null) {
            return Optional.empty();
        }
        List<Code> own = new ArrayList<>();
        List<Code> lower = new ArrayList<>();
        for (Code code : d.codes()) {
            if (LOWER_PRIORITY.contains(code.namespace())) {
                lower.add(code);
            } else if (!ADVICE_ONLY.contains(code.namespace())) {
                own.add(code);
            }
        }
        Optional<Decision> byCode = first(own, Directness.CODE);
        Optional<Decision> byNetwork = first(lower, Directness.CODE);
        if (byCode.isPresent()) {
            if (byNetwork.isEmpty()) {
                return byCode;
            }
            // the raw network code supports the gateway's own: both go into the evidence
            List<String> evidence = new ArrayList<>(byCode.get().evidence());
            evidence.add("the card network's own code: " + byNetwork.get().evidence().get(0));
            return Optional.of(new Decision(byCode.get().row(), evidence, byCode.get().matched(), Directness.CODE));
        }
        if (byNetwork.isPresent()) {
            return byNetwork;
        }
        Optional<Decision> byMessage = tables.matchMessage(d.message()).map(p -> new Decision(p.row(),
                List.of("the gateway's message \"" + d.message() + "\" matches the pattern for " + p.row().reason()
                        + " (no code of the gateway explains it)"),
                "message /" + p.pattern().pattern() + "/", Directness.MESSAGE));
        if (byMessage.isPresent()) {
            return byMessage;
        }
        List<Code> advice = d.codes().stream().filter(x -> ADVICE_ONLY.contains(x.namespace()))
                .filter(x -> !SchemeAdvice.isVisaAdviceCode(tx, x)).toList();
        return first(advice, Directness.ADVICE);
    }

    private Optional<Decision> first(List<Code> codes, Directness directness) {
        for (Code code : codes) {
            Optional<Row> row = tables.find(code);
            if (row.isPresent()) {
                return Optional.of(new Decision(row.get(),
                        List.of("code " + code.value() + " (" + tableName(tables, code) + "): " + row.get().meaning()),
                        "code " + code, directness));
            }
        }
        return Optional.empty();
    }

    /** "ISO 8583 field 39 response codes", or "… via Stripe's network code" for an alias. */
    static String tableName(CodeTables tables, Code code) {
        String title = tables.table(code.namespace()).map(t -> t.title() == null ? t.namespace() : t.title())
                .orElse(code.namespace());
        return tables.tableNamespace(code.namespace()).equals(code.namespace()) ? title
                : title + ", reported as the card network's own code";
    }
}
