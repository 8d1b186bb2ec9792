package dev.paytriage.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.triage.Explainer;
import dev.paytriage.triage.Row;
import dev.paytriage.triage.VisaCategories;

/** `explain` as text for an agent or as JSON for scripts (keys in a fixed order). */
public final class ExplainView {
    private ExplainView() {}

    public static String text(Explainer.Explanation e, Style style) {
        StringBuilder sb = new StringBuilder();
        for (Explainer.Match m : e.matches()) {
            Row r = m.row();
            sb.append(style.party(r.party(), r.party().wire().toUpperCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (r.limit() == null ? "" : " (" + r.limit().wire().replace('_', ' ') + ")")))
                    .append("  ").append(m.table().namespace()).append(' ').append(m.code())
                    .append(m.viaAlias() == null ? "" : " (as Stripe's " + m.viaAlias() + "_decline_code)")
                    .append(" · ").append(r.reason()).append('\n');
            line(sb, "meaning", r.meaning());
            line(sb, "party", r.party().wire() + (r.limit() == null ? "" : ", limit " + r.limit().wire()));
            line(sb, "retry", r.retry() + (m.retryAdvice() == null ? "" : ": " + m.retryAdvice()));
            if (m.visa() != null) {
                line(sb, "visa", m.visa().describe(m.visaEdition()) + "; " + m.visa().category().rule()
                        + " (applies to Visa cards)");
            }
            if ("network_advice".equals(m.table().namespace())) {
                line(sb, "scheme", "a Mastercard Merchant Advice Code: it says how to retry, the DE39 code says why");
            }
            line(sb, "confidential", r.confidential() ? "yes: the payer only ever hears a generic decline" : "no");
            line(sb, "next step", r.nextStep());
            if (r.offHoursStep() != null) {
                line(sb, "off hours", r.offHoursStep());
            }
            line(sb, "confidence", r.confidence().wire());
            if (r.note() != null) {
                line(sb, "note", r.note());
            }
            line(sb, "template", r.family());
            line(sb, "source", m.table().title() + (m.table().edition() == null ? "" : ", edition "
                    + m.table().edition()) + ": " + m.table().source());
            sb.append('\n');
        }
        if (e.message() != null) {
            Row r = e.message().row();
            sb.append(style.party(r.party(), r.party().wire().toUpperCase(java.util.Locale.ROOT).replace('_', ' ')))
                    .append("  as a gateway message · ").append(r.reason()).append('\n');
            line(sb, "pattern", "/" + e.message().pattern().pattern() + "/");
            line(sb, "meaning", r.meaning());
            line(sb, "next step", r.nextStep());
            line(sb, "confidence", r.confidence().wire() + " (a message is weaker evidence than a code)");
            sb.append('\n');
        }
        if (e.matches().isEmpty()) {
            sb.append("No code ").append(e.code()).append(" in ")
                    .append(String.join(", ", e.namespaces())).append('.');
            if (e.near().isEmpty()) {
                sb.append(" Nothing close either: check the code, or add it under triage.overrides in the config.\n");
            } else {
                sb.append(" Near matches:\n");
                for (Explainer.Near n : e.near()) {
                    sb.append("  ").append(n.namespace()).append(' ').append(n.code()).append("  ")
                            .append(style.dim("(" + n.why() + ")")).append(" ").append(n.meaning()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append("  ").append(String.format("%-14s", label + ":")).append(value).append('\n');
    }

    public static ObjectNode json(Explainer.Explanation e) {
        ObjectNode o = Json.object();
        o.put("schema", JsonView.SCHEMA);
        o.put("query", e.query());
        o.put("code", e.code());
        o.put("found", e.found());
        ArrayNode ns = o.putArray("namespaces");
        e.namespaces().forEach(ns::add);
        ArrayNode matches = o.putArray("matches");
        for (Explainer.Match m : e.matches()) {
            Row r = m.row();
            ObjectNode x = matches.addObject();
            x.put("namespace", m.table().namespace());
            x.put("code", m.code());
            if (m.viaAlias() != null) {
                x.put("as", m.viaAlias());
            }
            row(x, r);
            x.put("retry_advice", m.retryAdvice());
            if (m.visa() != null) {
                x.set("visa_category", visa(m.visa(), m.visaEdition()));
            }
            x.put("source", m.table().source());
            x.put("edition", m.table().edition());
            x.put("title", m.table().title());
        }
        if (e.message() != null) {
            ObjectNode x = o.putObject("message_pattern");
            x.put("pattern", e.message().pattern().pattern());
            row(x, e.message().row());
        }
        ArrayNode near = o.putArray("near");
        for (Explainer.Near n : e.near()) {
            ObjectNode x = near.addObject();
            x.put("namespace", n.namespace());
            x.put("code", n.code());
            x.put("meaning", n.meaning());
            x.put("why", n.why());
        }
        return o;
    }

    private static void row(ObjectNode x, Row r) {
        x.put("party", r.party().wire());
        if (r.limit() != null) {
            x.put("limit", r.limit().wire());
        }
        x.put("reason", r.reason());
        x.put("meaning", r.meaning());
        x.put("retry", r.retry());
        x.put("confidential", r.confidential());
        x.put("next_step", r.nextStep());
        x.put("confidence", r.confidence().wire());
        x.put("family", r.family());
        if (r.note() != null) {
            x.put("note", r.note());
        }
    }

    private static ObjectNode visa(VisaCategories.Assignment a, String edition) {
        ObjectNode v = Json.object();
        v.put("category", a.category().number());
        v.put("name", a.category().name());
        v.put("retry", a.category().retry());
        v.put("rule", a.category().rule());
        v.put("source", a.listed() ? a.source() : null);
        v.put("listed", a.listed());
        v.put("edition", edition);
        if (a.otherView() != null) {
            v.put("other_view", a.otherView());
        }
        return v;
    }
}
