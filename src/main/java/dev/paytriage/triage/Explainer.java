package dev.paytriage.triage;

import dev.paytriage.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offline answers to "what does this code mean?": the rows for a code in the namespaces of a gateway
 * type (or in all of them), with Visa's category beside ISO 8583 codes; for an unknown code, the near
 * matches — a small edit away, the same prefix, or meanings that share the query's words.
 */
public final class Explainer {
    private static final int MAX_NEAR = 8;

    /** One row found for the code. {@code viaAlias} names the namespace the code was asked in, if another. */
    public record Match(CodeTables.Table table, String code, Row row, String retryAdvice,
            VisaCategories.Assignment visa, String visaEdition, String viaAlias) {}

    /** A code that looks like the one asked for, and why. */
    public record Near(String namespace, String code, String meaning, String why) {}

    /** The answer: what was searched, what was found, what came close. */
    public record Explanation(String query, String code, List<String> namespaces, List<Match> matches, List<Near> near,
            CodeTables.MessagePattern message) {

        public boolean found() {
            return !matches.isEmpty() || message != null;
        }
    }

    private final CodeTables tables;

    public Explainer(CodeTables tables) {
        this.tables = tables;
    }

    /** The gateway types explain knows (each with its namespaces). */
    public Set<String> gatewayTypes() {
        return tables.gatewayTypes();
    }

    /**
     * Explains a code as typed ("F.0114", "f0114", "51", "5", "card_velocity_exceeded", "iso8583:51"),
     * searching the namespaces of {@code gatewayType}, or all when it is null or has none of its own.
     */
    public Explanation explain(String query, String gatewayType) {
        String q = query == null ? "" : query.strip().replaceAll("^[\"']|[\"']$", "");
        List<String> namespaces = tables.namespacesFor(gatewayType);
        String code = q;
        int colon = q.indexOf(':');
        if (colon > 0 && tables.table(q.substring(0, colon)).isPresent()) {
            namespaces = List.of(q.substring(0, colon));
            code = q.substring(colon + 1);
        }
        code = canonical(code);
        List<Match> matches = new ArrayList<>();
        for (String ns : namespaces) {
            Optional<CodeTables.Table> t = tables.table(ns);
            if (t.isEmpty()) {
                continue;
            }
            Row row = t.get().rows().get(CodeTables.normalise(t.get().namespace(), code));
            if (row == null) {
                continue;
            }
            boolean iso = "iso8583".equals(t.get().namespace());
            VisaCategories visa = tables.visaCategories();
            matches.add(new Match(t.get(), row.key(), row, RetryAdvice.text(row.retry()),
                    iso ? visa.of(code) : null, iso ? visa.edition() : null,
                    iso && "stripe".equals(gatewayType) ? "network" : null));
        }
        CodeTables.MessagePattern message = matches.isEmpty() && q.contains(" ")
                ? tables.matchMessage(q).orElse(null) : null;
        List<Near> near = matches.isEmpty() ? near(code, q, namespaces) : List.of();
        return new Explanation(q, code, namespaces, matches, near, message);
    }

    /** F0114 → F.0114, f.0114 → F.0114, 5 → 05; anything else as typed. */
    static String canonical(String code) {
        String c = code.strip();
        if (c.matches("(?i)[SFPE]\\.?\\d{4}")) {
            return Character.toUpperCase(c.charAt(0)) + "." + c.substring(c.length() - 4);
        }
        if (c.matches("\\d")) {
            return "0" + c;
        }
        return c;
    }

    private List<Near> near(String code, String query, List<String> namespaces) {
        Map<String, Near> found = new LinkedHashMap<>();
        Map<String, Integer> score = new LinkedHashMap<>();
        String needle = code.toLowerCase(Locale.ROOT);
        Set<String> words = words(query);
        for (String ns : namespaces) {
            Optional<CodeTables.Table> t = tables.table(ns);
            if (t.isEmpty()) {
                continue;
            }
            for (Row row : t.get().rows().values()) {
                String key = row.key().toLowerCase(Locale.ROOT);
                String id = t.get().namespace() + ":" + row.key();
                int d = EditDistance.between(needle, key);
                if (needle.length() >= 2 && d <= Math.max(1, Math.min(2, needle.length() / 3))) {
                    put(found, score, id, new Near(t.get().namespace(), row.key(), row.meaning(),
                            d + " character" + (d == 1 ? "" : "s") + " away"), 10 - d);
                } else if (needle.length() >= 3 && (key.startsWith(needle) || needle.startsWith(key) && key.length() >= 3)) {
                    put(found, score, id, new Near(t.get().namespace(), row.key(), row.meaning(), "same prefix"),
                            5);
                } else if (!words.isEmpty()) {
                    Set<String> meaning = words(row.meaning() + " " + row.reason().replace('_', ' '));
                    long shared = words.stream().filter(meaning::contains).count();
                    if (shared > 0 && shared * 2 >= words.size()) {
                        put(found, score, id, new Near(t.get().namespace(), row.key(), row.meaning(),
                                "meaning shares \"" + String.join(" ", words.stream().filter(meaning::contains)
                                        .toList()) + "\""), (int) shared);
                    }
                }
            }
        }
        return found.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Near> e) -> -score.get(e.getKey())))
                .limit(MAX_NEAR).map(Map.Entry::getValue).toList();
    }

    private static void put(Map<String, Near> found, Map<String, Integer> score, String id, Near near, int s) {
        if (!found.containsKey(id) || score.get(id) < s) {
            found.put(id, near);
            score.put(id, s);
        }
    }

    /** Words of four letters or more, lower-cased; "card_velocity" gives card, velocity. */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

}
