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
 * (1) request sanity (situations, then the gateway's verdict on the shop's request), (2) status against
 * the complaint, (3) the gateway's own outcome, (pattern) many cards failing at one shop, (4) the code
 * tables, (5) undetermined with the raw codes kept. The scheme's retry advice and the agent's next steps
 * are added to whatever decided.
 */
public final class TriageEngine {

    private final CodeTables tables;
    private final TriageSettings settings;
    private final List<Rule> rules;
    private final List<FactSource> sources;
    private final SchemeAdvice schemeAdvice;
    private final NextSteps nextSteps;
    private final Situations situations;

    public TriageEngine(CodeTables tables, TriageSettings settings) {
        this.tables = tables;
        this.settings = settings == null ? TriageSettings.defaults() : settings;
        this.situations = Situations.bundled();
        this.rules = List.of(
                new SituationRule("request", situations),
                new ShopRequestRule(tables),
                new SituationRule("complaint", situations),
                new SituationRule("outcome", situations),
                new SituationRule("pattern", situations),
                new CodeRule(tables));
        WorkingHours hours = new WorkingHours(this.settings.businessHours(), this.settings.zone());
        this.sources = List.of(new CurrencyCheck(), new AmountUnits(), new TestMode(), new DuplicateCharge(),
                new HoldState(), new RefundState(), new Settlement(this.settings.zone()), new PayoutState(),
                new RiskOutcome(), new ThreeDsOutcome(), new ThreeDsAcrossCards(this.settings.manyCards()),
                new PendingState(), new AlternativeMethodState(), new AttemptHistory(), new DeclineCodes(tables), this::manyCards, hours);
        this.schemeAdvice = new SchemeAdvice(tables);
        this.nextSteps = new NextSteps(this.settings, hours);
    }

    public TriageEngine(CodeTables tables, ManyCards manyCards) {
        this(tables, new TriageSettings(manyCards, null, null, null));
    }

    public static TriageEngine bundled() {
        return new TriageEngine(CodeTables.bundled(), TriageSettings.defaults());
    }

    public CodeTables tables() {
        return tables;
    }

    public TriageSettings settings() {
        return settings;
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
        Facts facts = Facts.of(c, sources);
        for (Rule rule : rules) {
            Optional<Rule.Decision> d = rule.decide(c, facts);
            if (d.isPresent()) {
                return verdict(c, facts, d.get());
            }
        }
        return undetermined(c, facts);
    }

    /** Many cards only speaks for codes that are not about one card's own funds, data or limit. */
    /** The many-cards detector as configured; reports use it across the rows of a bulk run. */
    public ManyCards manyCards() {
        return settings.manyCards();
    }

    private void manyCards(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.decline() == null || tx.decline().codes().isEmpty() || c.shopRecent().isEmpty()) {
            return;
        }
        Code first = tx.decline().codes().get(0);
        boolean cardSpecific = tables.find(first)
                .map(r -> r.party() == Party.PAYER || r.party() == Party.LIMIT_EXCEEDED
                        || r.party() == Party.MODULE_MISCONFIGURED || r.party() == Party.MERCHANT)
                .orElse(false);
        if (!cardSpecific) {
            settings.manyCards().around(tx, c.shopRecent())
                    .ifPresent(cluster -> f.put("many_cards_failing", cluster.evidence()));
        }
    }

    private Verdict verdict(Case c, Facts facts, Rule.Decision d) {
        Row row = d.row();
        SchemeAdvice.Advice scheme = schemeAdvice.of(c.transaction());
        Set<String> evidence = new LinkedHashSet<>(baseEvidence(c.transaction(), facts));
        evidence.addAll(d.evidence());
        evidence.addAll(scheme.evidence());
        String retry = scheme.never() ? "never" : row.retry();
        List<String> next = nextSteps.of(c, facts, row, retry, scheme);
        if (facts.has("off_hours") && row.offHoursStep() != null) {
            evidence.add(facts.evidence("off_hours"));
        }
        Confidence confidence = weaker(row.confidence(), d.directness().cap);
        if (confidence != row.confidence()) {
            evidence.add("confidence " + confidence.wire() + ": decided from "
                    + (d.directness() == Rule.Directness.MESSAGE ? "the gateway's message text, not a code"
                    : "retry advice, not a decline code"));
        }
        return new Verdict(row.party(), row.limit(), row.reason(), confidence, row.meaning(),
                List.copyOf(evidence), next, row.family(), retry, row.confidential(), d.matched());
    }

    private Verdict undetermined(Case c, Facts facts) {
        Transaction tx = c.transaction();
        List<String> evidence = new ArrayList<>(baseEvidence(tx, facts));
        String codes = tx.decline() == null || tx.decline().codes().isEmpty() ? "no code"
                : tx.decline().codes().stream().map(Code::toString).reduce((a, b) -> a + ", " + b).orElse("");
        evidence.add("no rule or table row explains " + codes + "; raw message: "
                + (tx.decline() == null || tx.decline().message() == null ? "none" : "\"" + tx.decline().message() + "\""));
        SchemeAdvice.Advice scheme = schemeAdvice.of(tx);
        evidence.addAll(scheme.evidence());
        List<String> next = new ArrayList<>();
        next.add("Ask " + (tx.gateway() == null ? "the gateway" : tx.gateway()) + "'s support what " + codes
                + " means for transaction " + tx.id() + ", and add the answer to triage.overrides in the config"
                + " ('paytriage explain CODE' shows what is known).");
        next.add("Tell the person you are checking the payment with the gateway and not to pay again until you"
                + " answer.");
        next.addAll(scheme.steps());
        return new Verdict(Party.UNDETERMINED, null, "unknown_code", Confidence.LOW,
                "The gateway's answer does not say who is responsible.", evidence, next,
                UNDETERMINED_FAMILY, "never", false, "fallback");
    }

    private static List<String> baseEvidence(Transaction tx, Facts facts) {
        List<String> e = new ArrayList<>();
        e.add(tx.type().wire() + " " + tx.id() + " is " + tx.status().wire()
                + (tx.amount() == null ? "" : ", " + tx.amount().display())
                + (tx.createdAt() == null ? "" : ", created " + tx.createdAt()));
        if (tx.decline() != null && tx.decline().message() != null) {
            e.add("gateway message: \"" + tx.decline().message() + "\"");
        }
        if (tx.decline() != null && !tx.decline().codes().isEmpty()) {
            e.add("codes reported: " + tx.decline().codes().stream().map(Code::toString)
                    .reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return e;
    }

    private static Confidence weaker(Confidence a, Confidence b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
