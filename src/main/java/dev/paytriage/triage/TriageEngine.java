package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.Party;
import dev.paytriage.model.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who is responsible. Rules run in a fixed precedence and the first that decides wins:
 * (1) request sanity, (2) status against the complaint, (3) the gateway's own outcome, (pattern) many
 * cards failing at one shop, (4) the code tables, (5) undetermined with the raw codes kept.
 */
public final class TriageEngine {

    private final CodeTables tables;
    private final List<Rule> rules;
    private final ManyCards manyCards;
    private final Situations situations;

    public TriageEngine(CodeTables tables, ManyCards manyCards) {
        this.tables = tables;
        this.manyCards = manyCards;
        this.situations = Situations.bundled();
        this.rules = List.of(
                new SituationRule("request", situations),
                new SituationRule("complaint", situations),
                new SituationRule("outcome", situations),
                new SituationRule("pattern", situations),
                new CodeRule(tables));
    }

    public static TriageEngine bundled() {
        return new TriageEngine(CodeTables.bundled(), ManyCards.defaults());
    }

    public CodeTables tables() {
        return tables;
    }

    /** Every row a verdict can come from (situations, code tables with overrides, message patterns); for templates lint. */
    public List<Row> rows() {
        List<Row> all = new ArrayList<>();
        situations.all().forEach(s -> all.add(s.row()));
        tables.tables().forEach(t -> all.addAll(t.rows().values()));
        tables.patterns().forEach(p -> all.add(p.row()));
        return List.copyOf(all);
    }

    /** The reply-template families a verdict can name, the fallback's included. */
    public java.util.SortedSet<String> families() {
        java.util.SortedSet<String> f = new java.util.TreeSet<>();
        rows().forEach(r -> f.add(r.family()));
        f.add(UNDETERMINED_FAMILY);
        return f;
    }

    static final String UNDETERMINED_FAMILY = "undetermined";

    public Verdict decide(Case c) {
        Facts facts = Facts.of(c, manyCardsFor(c));
        for (Rule rule : rules) {
            Optional<Rule.Decision> d = rule.decide(c, facts);
            if (d.isPresent()) {
                return verdict(c, d.get());
            }
        }
        return undetermined(c);
    }

    /** Many-cards only speaks for codes that are not about one card's own funds, data or limit. */
    private ManyCards manyCardsFor(Case c) {
        Transaction tx = c.transaction();
        if (tx.decline() == null || tx.decline().codes().isEmpty()) {
            return null;
        }
        Code first = tx.decline().codes().get(0);
        boolean cardSpecific = tables.find(first)
                .map(r -> r.party() == Party.PAYER || r.party() == Party.LIMIT_EXCEEDED
                        || r.party() == Party.MODULE_MISCONFIGURED || r.party() == Party.MERCHANT)
                .orElse(false);
        return cardSpecific ? null : manyCards;
    }

    private Verdict verdict(Case c, Rule.Decision d) {
        Row row = d.row();
        Set<String> evidence = new LinkedHashSet<>(baseEvidence(c.transaction()));
        evidence.addAll(d.evidence());
        List<String> next = new ArrayList<>();
        next.add(row.nextStep());
        String retry = RetryAdvice.text(row.retry());
        if (retry != null) {
            next.add(retry);
        }
        return new Verdict(row.party(), row.limit(), row.reason(), row.confidence(), row.meaning(),
                List.copyOf(evidence), next, row.family(), row.retry(), row.confidential(), d.matched());
    }

    private Verdict undetermined(Case c) {
        Transaction tx = c.transaction();
        List<String> evidence = new ArrayList<>(baseEvidence(tx));
        String codes = tx.decline() == null || tx.decline().codes().isEmpty() ? "no code"
                : tx.decline().codes().stream().map(Code::toString).reduce((a, b) -> a + ", " + b).orElse("");
        evidence.add("no rule or table row explains " + codes + "; raw message: "
                + (tx.decline() == null || tx.decline().message() == null ? "none" : "\"" + tx.decline().message() + "\""));
        return new Verdict(Party.UNDETERMINED, null, "unknown_code", Confidence.LOW,
                "The gateway's answer does not say who is responsible.", evidence,
                List.of("Ask the gateway's support what " + codes + " means for transaction " + tx.id()
                        + ", and add the answer to triage.overrides in the config."),
                UNDETERMINED_FAMILY, "never", false, "fallback");
    }

    private static List<String> baseEvidence(Transaction tx) {
        List<String> e = new ArrayList<>();
        e.add(tx.type().wire() + " " + tx.id() + " is " + tx.status().wire()
                + (tx.amount() == null ? "" : ", " + tx.amount().display())
                + (tx.createdAt() == null ? "" : ", created " + tx.createdAt()));
        if (tx.decline() != null && tx.decline().message() != null) {
            e.add("gateway message: \"" + tx.decline().message() + "\"");
        }
        return e;
    }
}
