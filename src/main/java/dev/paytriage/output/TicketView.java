package dev.paytriage.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.model.SafeText;
import dev.paytriage.pipeline.TicketRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ticket's result: which ticket, what of it was read, whether the draft note is on it — then the
 * complaint as {@code complaint} shows it. JSON adds a "ticket" object after "query"
 * ({@code desk, id, posted, already_posted, url}, always in this order).
 */
public final class TicketView {
    private TicketView() {}

    public static String text(TicketRunner.Result r, Style style) {
        return head(r.ticket(), r, style) + ComplaintView.text(r.complaint(), style);
    }

    public static String markdown(TicketRunner.Result r) {
        Ticket t = r.ticket();
        return "Ticket [" + t.ref() + "](" + t.url() + ")\n\n" + MarkdownView.render(r.complaint().caseResult());
    }

    static String head(Ticket t, TicketRunner.Result r, Style style) {
        List<String> bits = new ArrayList<>();
        bits.add("Ticket " + t.ref());
        if (t.subject() != null && !t.subject().isBlank()) {
            bits.add("«" + oneLine(t.subject()) + "»");
        }
        if (t.requesterEmail() != null) {
            bits.add(t.requesterEmail());
        }
        StringBuilder sb = new StringBuilder(style.markup("bold", String.join(" · ", bits))).append('\n');
        int mine = t.customerMessages().size();
        sb.append("  ").append(style.dim(mine + (mine == 1 ? " message" : " messages") + " from the customer read"
                + (t.skipped() == 0 ? "" : "; " + t.skipped() + " left out (agents' replies, internal notes)")
                + " · " + t.url())).append('\n');
        if (r.posted()) {
            sb.append("  ").append("draft added to the ticket as an internal note (not sent to the customer)").append('\n');
        } else if (r.alreadyPosted()) {
            sb.append("  ").append("the draft for this transaction is already on the ticket as an internal note").append('\n');
        }
        return sb.append('\n').toString();
    }

    public static ObjectNode json(TicketRunner.Result r) {
        ObjectNode base = ComplaintView.json(r.complaint());
        ObjectNode out = Json.object();
        for (Map.Entry<String, JsonNode> e : base.properties()) {
            out.set(e.getKey(), e.getValue());
            if (e.getKey().equals("query")) {
                out.set("ticket", ticket(r));
            }
        }
        return out;
    }

    private static ObjectNode ticket(TicketRunner.Result r) {
        Ticket t = r.ticket();
        ObjectNode o = Json.object();
        o.put("desk", t.desk());
        o.put("id", t.id());
        o.put("posted", r.posted());
        o.put("already_posted", r.alreadyPosted());
        o.put("url", SafeText.clean(t.url()));
        return o;
    }

    private static String oneLine(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }
}
