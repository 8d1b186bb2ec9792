package dev.paytriage.output;

import dev.paytriage.model.Transaction;
import dev.paytriage.pipeline.CaseResult;
import dev.paytriage.reply.Reply;
import dev.paytriage.triage.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an agent reads on a terminal: a short verdict header (coloured where the stream allows), the
 * facts, the next steps, then the reply ready to paste.
 */
public final class TextView {
    private TextView() {}

    public static String render(CaseResult r, Style style) {
        StringBuilder sb = new StringBuilder();
        Verdict v = r.verdict();
        String party = v.party().wire().toUpperCase(Locale.ROOT).replace('_', ' ')
                + (v.limit() != null ? " (" + v.limit().wire().replace('_', ' ') + ")" : "");
        sb.append(style.party(v.party(), "● " + party)).append("  ")
                .append(v.reason()).append(style.dim(" · confidence " + v.confidence().wire())).append('\n');
        sb.append("  ").append(v.summary()).append('\n');
        Transaction t = r.transaction();
        if (t != null) {
            sb.append("  ").append(style.dim(txLine(t))).append('\n');
        }
        if (r.attempts().size() > 1) {
            sb.append("  ").append(style.dim(r.attempts().size() + " attempts for order "
                    + t.orderId() + "; the verdict is about " + t.id())).append('\n');
        }
        sb.append('\n').append(style.markup("bold", "Evidence")).append('\n');
        for (String e : v.evidence()) {
            sb.append("  - ").append(e).append('\n');
        }
        sb.append(style.markup("bold", "Next")).append('\n');
        for (String n : v.nextSteps()) {
            sb.append("  - ").append(n).append('\n');
        }
        Reply reply = r.reply();
        sb.append('\n').append(style.markup("bold", "Reply to the " + reply.audience().wire()
                + " (" + reply.lang().wire() + ", " + reply.channel().wire()
                + (reply.parts().size() > 1 ? ", " + reply.parts().size() + " parts" : "") + ")")).append('\n');
        sb.append(replyText(reply)).append('\n');
        return sb.toString();
    }

    static String replyText(Reply reply) {
        if (reply.parts().size() <= 1) {
            return reply.text();
        }
        return String.join("\n\n", reply.parts());
    }

    static String txLine(Transaction t) {
        List<String> bits = new ArrayList<>();
        bits.add(t.id());
        bits.add(t.type().wire() + " " + t.status().wire());
        if (t.amount() != null) {
            bits.add(t.amount().display());
        }
        if (t.card() != null && t.card().last4() != null) {
            bits.add(t.card().shortLabel());
        }
        if (t.shop() != null) {
            bits.add(t.shop());
        }
        if (t.orderId() != null) {
            bits.add("order " + t.orderId());
        }
        if (t.processing() != null && t.processing().rrn() != null) {
            // What the payer's bank asks for to trace the payment.
            bits.add("RRN " + t.processing().rrn());
        }
        if (t.test()) {
            bits.add("TEST");
        }
        bits.add(t.gateway());
        return String.join(" · ", bits);
    }
}
