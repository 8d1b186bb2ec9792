package dev.paytriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The situation tables of triage/situations.yaml, one ordered list per stage of the precedence. */
final class Situations {
    static final String FILE = "triage/situations.yaml";
    static final List<String> STAGES = List.of("request", "complaint", "outcome", "pattern");

    private final Map<String, List<Situation>> byStage;

    private Situations(Map<String, List<Situation>> byStage) {
        this.byStage = byStage;
    }

    /** The bundled situations, read once per process (see {@link CodeTables#bundled()}). */
    static Situations bundled() {
        Situations t = bundled;
        if (t == null) {
            // no lock: two threads may both load, and either copy is right
            t = load();
            bundled = t;
        }
        return t;
    }

    private static volatile Situations bundled;

    private static Situations load() {
        JsonNode tree = TableLoader.read(FILE);
        Map<String, List<Situation>> map = new java.util.LinkedHashMap<>();
        for (String stage : STAGES) {
            List<Situation> rows = new ArrayList<>();
            for (JsonNode n : tree.path(stage)) {
                rows.add(Situation.parse(FILE, stage, n));
            }
            map.put(stage, List.copyOf(rows));
        }
        var names = tree.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!STAGES.contains(name)) {
                throw TableLoader.bad("triage table " + FILE, "has unknown stage '" + name + "' (one of " + STAGES + ")");
            }
        }
        return new Situations(map);
    }

    Optional<Situation> first(String stage, Case c, Facts f) {
        return byStage.getOrDefault(stage, List.of()).stream().filter(s -> s.matches(c, f)).findFirst();
    }

    List<Situation> all() {
        return byStage.values().stream().flatMap(List::stream).toList();
    }
}
