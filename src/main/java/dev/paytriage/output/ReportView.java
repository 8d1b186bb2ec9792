package dev.paytriage.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.bulk.Report;
import dev.paytriage.model.SafeText;
import java.util.Map;

/** A bulk report as text for a person or JSON for a script. */
public final class ReportView {
    public static final String SCHEMA = "paytriage/report/v1";

    private ReportView() {}

    public static String text(Report r, String source, Style style) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.markup("bold", "Report of " + SafeText.clean(source))).append(": ").append(r.rows())
                .append(" rows — ").append(r.count("ok")).append(" ok, ").append(r.count("not_found"))
                .append(" not found, ").append(r.count("error")).append(" failed\n");
        if (!r.incidents().isEmpty()) {
            sb.append('\n').append(style.markup("bold,red", "Looks like an incident")).append('\n');
            for (Report.Incident i : r.incidents()) {
                sb.append("  - ").append(SafeText.clean(i.evidence())).append('\n');
                sb.append("    ").append(style.dim("rows " + rows(i))).append('\n');
            }
        }
        table(sb, "By party", r.byParty(), r.count("ok"), style);
        table(sb, "By reason", r.byReason(), r.count("ok"), style);
        if (!r.errorsByKind().isEmpty()) {
            table(sb, "Not found or failed, by kind", r.errorsByKind(), r.rows() - r.count("ok"), style);
        }
        return sb.toString();
    }

    private static String rows(Report.Incident i) {
        var shown = i.rows().subList(0, Math.min(12, i.rows().size())).stream().map(String::valueOf).toList();
        return String.join(", ", shown) + (i.rows().size() > 12 ? ", …" : "");
    }

    private static void table(StringBuilder sb, String title, Map<String, Integer> counts, int total, Style style) {
        if (counts.isEmpty()) {
            return;
        }
        sb.append('\n').append(style.markup("bold", title)).append('\n');
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(10);
        counts.forEach((k, v) -> sb.append(String.format("  %-" + width + "s %6d %5.1f%%%n", SafeText.clean(k), v,
                total == 0 ? 0.0 : 100.0 * v / total)));
    }

    public static ObjectNode json(Report r, String source) {
        ObjectNode o = Json.object();
        o.put("schema", SCHEMA);
        o.put("source", SafeText.clean(source));
        o.put("rows", r.rows());
        o.set("by_status", counts(r.byStatus()));
        o.set("by_party", counts(r.byParty()));
        o.set("by_reason", counts(r.byReason()));
        o.set("errors_by_kind", counts(r.errorsByKind()));
        ArrayNode incidents = o.putArray("incidents");
        for (Report.Incident i : r.incidents()) {
            ObjectNode n = incidents.addObject();
            n.put("kind", i.kind());
            n.put("shop", SafeText.clean(i.shop()));
            n.put("what", i.what());
            n.put("count", i.count());
            ArrayNode rows = n.putArray("rows");
            i.rows().forEach(rows::add);
            n.put("evidence", SafeText.clean(i.evidence()));
        }
        return o;
    }

    private static ObjectNode counts(Map<String, Integer> m) {
        ObjectNode o = Json.object();
        m.forEach((k, v) -> o.put(SafeText.clean(k), v));
        return o;
    }
}
