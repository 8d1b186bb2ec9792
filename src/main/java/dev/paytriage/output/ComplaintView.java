package dev.paytriage.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintFacts;
import dev.paytriage.complaint.MissingFacts;
import dev.paytriage.model.Brands;
import dev.paytriage.model.Transaction;
import dev.paytriage.pipeline.ComplaintRunner;
import dev.paytriage.pipeline.TransactionFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A complaint's result: what was understood (language, topic and the words behind it, the facts) and
 * how the transaction was found, then the case as {@code check} shows it. JSON adds a "complaint"
 * object after "query"; its keys are always present and in this order.
 */
public final class ComplaintView {
    private ComplaintView() {}

    public static String text(ComplaintRunner.Result r, Style style) {
        StringBuilder sb = new StringBuilder();
        Complaint c = r.complaint();
        List<String> head = new ArrayList<>();
        head.add("Complaint" + (c.language() == null ? "" : " (" + c.language().wire() + ")"));
        if (r.caseResult().query().topic() != null) {
            head.add("topic " + r.caseResult().query().topic().wire() + (topicSource(r).equals("text")
                    ? " ← " + quoted(c.topic().triggers()) : topicSource(r).equals("option") ? " (--topic)" : ""));
        }
        if (r.caseResult().query().from() != null) {
            head.add("from " + r.caseResult().query().from().wire()
                    + (fromSource(r).equals("text") ? " ← " + quoted(c.from().triggers()) : ""));
        }
        if (c.remedy().value() != null) {
            head.add("asks for " + c.remedy().value() + " ← " + quoted(c.remedy().triggers()));
        }
        sb.append(style.markup("bold", String.join(" · ", head))).append('\n');
        if (!c.said().isEmpty()) {
            sb.append("  ").append(style.dim("says: " + String.join(", ", c.said().keySet()).replace('_', ' ')))
                    .append('\n');
        }
        String facts = factsLine(c.facts());
        sb.append("  ").append(facts.isEmpty() ? style.dim("no facts in the text") : facts).append('\n');
        if (r.caseResult().found()) {
            sb.append("  ").append(style.dim("found by " + by(r.by()).replace('_', ' ') + " on " + r.caseResult().gatewayName()))
                    .append('\n');
        }
        if (r.candidates().size() > 1) {
            sb.append("  ").append(r.candidates().size()).append(" candidates, best first:\n");
            int i = 1;
            for (TransactionFinder.Candidate cand : r.candidates()) {
                sb.append("    ").append(i++).append(". ").append(candidateLine(cand)).append('\n');
            }
        }
        sb.append('\n').append(TextView.render(r.caseResult(), style));
        return sb.toString();
    }

    /** One line per candidate: what it is, then why it matches. */
    public static String candidateLine(TransactionFinder.Candidate cand) {
        Transaction t = cand.transaction();
        return TextView.txLine(t) + (t.createdAt() == null ? "" : " · " + t.createdAt()) + " — "
                + String.join(", ", cand.why());
    }

    public static ObjectNode json(ComplaintRunner.Result r) {
        ObjectNode base = JsonView.result(r.caseResult(), null);
        if (r.caseResult().found()) {
            ((ObjectNode) base.get("query")).put("matched_by", by(r.by()));
        }
        ObjectNode out = Json.object();
        for (Map.Entry<String, JsonNode> e : base.properties()) {
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals("query")) {
                out.set("complaint", complaint(r));
            }
        }
        return out;
    }

    private static ObjectNode complaint(ComplaintRunner.Result r) {
        Complaint c = r.complaint();
        ObjectNode o = Json.object();
        o.put("language", c.language() == null ? null : c.language().wire());
        ObjectNode topic = o.putObject("topic");
        topic.put("value", r.caseResult().query().topic() == null ? null : r.caseResult().query().topic().wire());
        topic.put("source", topicSource(r));
        strings(topic.putArray("triggers"), c.topic().triggers());
        ObjectNode from = o.putObject("from");
        from.put("value", r.caseResult().query().from() == null ? null : r.caseResult().query().from().wire());
        from.put("source", fromSource(r));
        strings(from.putArray("triggers"), c.from().triggers());
        // what happened, as stated, and what is asked for: the topic comes from the first, the reply answers both
        ObjectNode said = o.putObject("said");
        c.said().forEach((fact, words) -> strings(said.putArray(fact), words));
        ObjectNode remedy = o.putObject("remedy");
        remedy.put("value", c.remedy().value());
        strings(remedy.putArray("triggers"), c.remedy().triggers());
        o.set("facts", facts(c.facts()));
        ObjectNode match = o.putObject("match");
        match.put("by", r.caseResult().found() ? by(r.by()) : null);
        ArrayNode cands = match.putArray("candidates");
        for (TransactionFinder.Candidate cand : r.candidates()) {
            ObjectNode x = cands.addObject();
            Transaction t = cand.transaction();
            x.put("id", t.id());
            x.put("score", cand.score());
            x.put("status", t.status().wire());
            x.put("amount", t.amount() == null ? null : t.amount().display());
            x.put("created_at", t.createdAt() == null ? null : t.createdAt().toString());
            x.put("shop", t.shop());
            strings(x.putArray("why"), cand.why());
        }
        strings(o.putArray("missing"), r.missing().stream().map(MissingFacts.Fact::key).toList());
        strings(o.putArray("notes"), r.notes());
        o.put("text", c.text().text());
        return o;
    }

    private static ObjectNode facts(ComplaintFacts f) {
        ObjectNode o = Json.object();
        strings(o.putArray("refs"), f.refs().stream().map(ComplaintFacts.Ref::value).toList());
        strings(o.putArray("order_ids"), f.orderIds());
        ArrayNode amounts = o.putArray("amounts");
        for (ComplaintFacts.Amount a : f.amounts()) {
            ObjectNode x = amounts.addObject();
            x.put("value", a.value().toPlainString());
            strings(x.putArray("currencies"), a.currencies());
            x.put("text", a.text());
        }
        o.put("currency", f.currency());
        if (f.when() == null) {
            o.putNull("date");
        } else {
            ObjectNode d = o.putObject("date");
            d.put("text", f.when().text());
            d.put("date", f.when().date() == null ? null : f.when().date().toString());
            d.put("time", f.when().time() == null ? null : f.when().time().toString());
            d.put("day_part", f.when().dayPart());
            d.put("from", f.when().from().toString());
            d.put("to", f.when().to().toString());
        }
        if (f.card() == null) {
            o.putNull("card");
        } else {
            ObjectNode card = o.putObject("card");
            card.put("bin", f.card().bin());
            card.put("last4", f.card().last4());
            card.put("masked", f.card().masked());
        }
        strings(o.putArray("payment_systems"), f.paymentSystems());
        o.put("type", f.type());
        o.put("shop", f.shop());
        o.put("email", f.email());
        return o;
    }

    static String factsLine(ComplaintFacts f) {
        List<String> bits = new ArrayList<>();
        f.refs().forEach(r -> bits.add("id " + r.value()));
        f.orderIds().forEach(o -> bits.add("order " + o));
        for (ComplaintFacts.Amount a : f.amounts()) {
            bits.add(a.value().toPlainString() + (a.currencies().isEmpty() ? "" : " " + String.join("/", a.currencies())));
        }
        if (f.amounts().isEmpty() && f.currency() != null) {
            bits.add("in " + f.currency());
        }
        if (f.when() != null) {
            bits.add(f.when().text());
        }
        if (f.card() != null) {
            bits.add("card " + f.card().masked());
        }
        f.paymentSystems().forEach(s -> bits.add(Brands.display(s)));
        if (f.type() != null) {
            bits.add(f.type());
        }
        if (f.shop() != null) {
            bits.add("shop " + f.shop());
        }
        if (f.email() != null) {
            bits.add(f.email());
        }
        return String.join(" · ", bits);
    }

    private static String topicSource(ComplaintRunner.Result r) {
        return r.request().topic() != null ? "option" : r.complaint().topic().value() != null ? "text" : "none";
    }

    private static String fromSource(ComplaintRunner.Result r) {
        return r.request().from() != null ? "option" : r.complaint().from().value() != null ? "text" : "none";
    }

    private static String by(TransactionFinder.By by) {
        return by == null ? null : by.name().toLowerCase(Locale.ROOT);
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "\"" + w + "\"").toList());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
