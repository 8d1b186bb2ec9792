package dev.paytriage.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Right/total tallies of corpus runs, per slice, and the Markdown table they make. */
final class Score {
    /** One run: the slices it belongs to and, per measure, whether it was right. */
    record Run(String id, Map<String, String> slices, Map<String, Boolean> right, String miss) {}

    private final List<String> measures;
    private final List<Run> runs = new ArrayList<>();

    Score(List<String> measures) {
        this.measures = measures;
    }

    void add(Run r) {
        runs.add(r);
    }

    List<Run> runs() {
        return runs;
    }

    /** The share of runs right on a measure, over all runs (0..1). */
    double rate(String measure) {
        return rate(runs, measure);
    }

    static double rate(List<Run> runs, String measure) {
        long n = runs.stream().filter(r -> r.right().containsKey(measure)).count();
        long ok = runs.stream().filter(r -> Boolean.TRUE.equals(r.right().get(measure))).count();
        return n == 0 ? 1.0 : (double) ok / n;
    }

    /** A table: one row for all runs, then one per value of each slice kind. */
    String table(String title, List<String> sliceKinds) {
        StringBuilder b = new StringBuilder("### ").append(title).append(" (").append(runs.size()).append(")\n\n");
        b.append("| slice | n |");
        measures.forEach(m -> b.append(' ').append(m).append(" |"));
        b.append("\n|---|---:|");
        measures.forEach(m -> b.append("---:|"));
        b.append('\n');
        row(b, "all", runs);
        for (String kind : sliceKinds) {
            Map<String, List<Run>> by = group(r -> r.slices().getOrDefault(kind, "-"));
            by.forEach((value, rs) -> row(b, kind + "=" + value, rs));
        }
        return b.toString();
    }

    /** The runs that missed, one short line each (ids and labels only: never the complaint's text). */
    String misses() {
        StringBuilder b = new StringBuilder();
        runs.stream().filter(r -> r.miss() != null).forEach(r -> b.append("- `").append(r.id()).append("` ")
                .append(r.miss()).append('\n'));
        return b.length() == 0 ? "none\n" : b.toString();
    }

    private Map<String, List<Run>> group(Function<Run, String> key) {
        Map<String, List<Run>> m = new TreeMap<>();
        runs.forEach(r -> m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return m;
    }

    private void row(StringBuilder b, String name, List<Run> rs) {
        b.append("| ").append(name).append(" | ").append(rs.size()).append(" |");
        for (String m : measures) {
            long n = rs.stream().filter(r -> r.right().containsKey(m)).count();
            long ok = rs.stream().filter(r -> Boolean.TRUE.equals(r.right().get(m))).count();
            b.append(' ').append(n == 0 ? "–" : String.format(Locale.ROOT, "%.0f%% (%d/%d)", 100.0 * ok / n, ok, n))
                    .append(" |");
        }
        b.append('\n');
    }

    static Map<String, String> slices(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
