package dev.paytriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.WireEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A row of situations.yaml: conditions over the transaction, the complaint and the facts, and the
 * decision they lead to. Every condition present must hold; a list means "any of".
 */
record Situation(String stage, Row row, Set<String> statuses, Set<String> types, Set<String> topics,
        Set<String> audiences, List<String> facts, List<String> notFacts, List<String> cite, Set<String> said) {

    /** {@code said}: any of these statements of the complaint (complaint/statements.yaml's fact names). */
    static final List<String> CONDITIONS = List.of("status", "type", "topic", "from", "facts", "not_facts", "said");

    boolean matches(Case c, Facts f) {
        var tx = c.transaction();
        return in(statuses, tx.status().wire())
                && in(types, tx.type().wire())
                && in(topics, c.effectiveTopic().wire())
                && in(audiences, c.audience().wire())
                && facts.stream().allMatch(f::has)
                && notFacts.stream().noneMatch(f::has)
                && (said.isEmpty() || said.stream().anyMatch(c.said()::contains));
    }

    private static boolean in(Set<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value);
    }

    static Situation parse(String file, String stage, JsonNode n) {
        String key = TableLoader.text(n, "key");
        if (key == null) {
            throw TableLoader.bad("triage table " + file + " stage " + stage, "has a row without a key");
        }
        JsonNode when = n.path("when");
        var conditions = when.fieldNames();
        while (conditions.hasNext()) {
            String c = conditions.next();
            if (!CONDITIONS.contains(c)) {
                throw TableLoader.bad("triage table " + file + " row '" + key + "'", "has unknown condition '" + c
                        + "' (known: " + String.join(", ", CONDITIONS) + ")");
            }
        }
        List<String> facts = list(when, "facts");
        List<String> notFacts = list(when, "not_facts");
        List<String> cite = list(n, "cite");
        for (String fact : concat(concat(facts, notFacts), cite)) {
            if (!Facts.NAMES.contains(fact)) {
                throw TableLoader.bad("triage table " + file + " row '" + key + "'", "names unknown fact '" + fact
                        + "'");
            }
        }
        return new Situation(stage, TableLoader.row("triage table " + file + " row '" + key + "'", key, n,
                Confidence.HIGH, Set.of("key", "when", "cite")),
                Set.copyOf(list(when, "status")), Set.copyOf(list(when, "type")), Set.copyOf(list(when, "topic")),
                Set.copyOf(list(when, "from")), facts, notFacts, cite, Set.copyOf(list(when, "said")));
    }

    private static List<String> list(JsonNode when, String field) {
        JsonNode v = when.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText().toLowerCase(Locale.ROOT)));
        } else {
            out.add(v.asText().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String wire(WireEnum e) {
        return e.wire();
    }
}
