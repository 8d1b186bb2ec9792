package dev.paytriage.reply;

import dev.paytriage.model.Audience;
import dev.paytriage.model.SafeText;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxType;
import dev.paytriage.triage.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a template sees. Every key is always present (null renders as empty), so a template that
 * names an unknown key fails in templates lint rather than in front of a customer. Confidential
 * details are left out of payer replies here, not in each template.
 */
final class ReplyContext {
    private ReplyContext() {}

    static String family(ReplyRenderer.Request r) {
        return r.verdict().family();
    }

    static Map<String, Object> build(ReplyRenderer.Request r, ReplySettings s) {
        Verdict v = r.verdict();
        boolean payer = r.audience() == Audience.PAYER;
        boolean hide = payer && v.confidential() && r.channel() != Channel.NOTE;
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("tx", tx(r.transaction(), r.lang(), s));
        ctx.put("payer", payer);
        ctx.put("merchant", !payer);
        ctx.put("confidential", v.confidential());
        ctx.put("party", v.party().wire());
        ctx.put("reason", hide ? null : v.reason());
        ctx.put("summary", hide ? null : v.summary());
        ctx.put("confidence", v.confidence().wire());
        ctx.put("limit", v.limit() == null ? null : v.limit().wire());
        ctx.put("code", hide || r.transaction() == null || r.transaction().decline() == null ? null
                : SafeText.clean(r.transaction().decline().code()));
        ctx.put("gateway_message", hide || r.transaction() == null || r.transaction().decline() == null ? null
                : SafeText.clean(r.transaction().decline().message()));
        ctx.put("evidence", v.evidence().stream().map(SafeText::clean).toList());
        ctx.put("next_steps", v.nextSteps());
        ctx.put("matched", v.matched());
        for (String retry : List.of("never", "now", "later", "after_fix", "after_payer_action")) {
            ctx.put("retry_" + retry, retry.equals(v.retry()));
        }
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (Transaction t : r.attempts() == null ? List.<Transaction>of() : r.attempts()) {
            attempts.add(tx(t, r.lang(), s));
        }
        ctx.put("attempts", attempts);
        ctx.put("attempts_count", attempts.size());
        ctx.put("several_attempts", attempts.size() > 1);
        List<String> missing = r.missing() == null ? List.of() : r.missing();
        ctx.put("missing", missing);
        ctx.put("has_missing", !missing.isEmpty());
        ctx.put("team", s.teamOrDefault(r.lang()));
        ctx.put("signature", s.signature());
        var withdrawn = r.transaction() == null || r.transaction().amount() == null ? null
                : dev.paytriage.model.Currencies.withdrawn(r.transaction().amount().currency());
        ctx.put("old_currency", withdrawn == null ? null : withdrawn.withdrawn());
        ctx.put("new_currency", withdrawn == null ? null : withdrawn.current());
        ctx.put("currency_since", withdrawn == null ? null : withdrawn.since());
        ctx.put("currency_factor", withdrawn == null || withdrawn.factor() == 0 ? null
                : String.format("%,d", withdrawn.factor()).replace(',', '\u00a0'));
        ctx.put("body", null);
        return ctx;
    }

    private static Map<String, Object> tx(Transaction t, Lang lang, ReplySettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t == null ? null : SafeText.clean(t.id()));
        m.put("type", t == null ? null : t.type().wire());
        m.put("status", t == null ? null : t.status().wire());
        m.put("amount", t == null ? null : LocaleFormat.amount(t.amount(), lang));
        m.put("date", t == null ? null : LocaleFormat.dateTime(t.createdAt(), lang, s.zone()));
        m.put("card", t == null || t.card() == null || t.card().last4() == null ? null : t.card().shortLabel());
        m.put("shop", t == null ? null : SafeText.clean(t.shop()));
        m.put("order", t == null ? null : SafeText.clean(t.orderId()));
        m.put("is_payout", t != null && t.type() == TxType.PAYOUT);
        m.put("is_refund", t != null && t.type() == TxType.REFUND);
        m.put("test", t != null && t.test());
        return m;
    }
}
