package dev.paytriage.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.Processing;
import dev.paytriage.model.RiskCheck;
import dev.paytriage.model.ThreeDSecure;
import dev.paytriage.model.Transaction;
import dev.paytriage.pipeline.CaseResult;
import dev.paytriage.reply.Reply;
import dev.paytriage.triage.Verdict;
import java.time.Instant;

/** The contract's JSON ("schema": "paytriage/v1"), keys in a fixed order, outside text made safe. */
public final class JsonView {
    public static final String SCHEMA = "paytriage/v1";

    private JsonView() {}

    public static ObjectNode result(CaseResult r, Integer row) {
        ObjectNode o = Json.object();
        o.put("schema", SCHEMA);
        if (row != null) {
            o.put("row", row);
            o.put("status", r.found() ? "ok" : "not_found");
        }
        ObjectNode q = o.putObject("query");
        q.put("ref", r.query().ref());
        q.put("gateway", r.gatewayName());
        q.put("from", r.reply() == null ? null : r.reply().audience().wire());
        if (r.query().topic() != null) {
            q.put("topic", r.query().topic().wire());
        }
        q.put("matched_by", r.found() ? (r.foundByOrder() ? "order_id" : "transaction_id") : null);
        o.set("transaction", r.transaction() == null ? null : transaction(r.transaction()));
        if (r.attempts().size() > 1) {
            ArrayNode attempts = o.putArray("attempts");
            r.attempts().forEach(t -> attempts.add(attempt(t)));
        }
        o.set("verdict", r.verdict() == null ? null : verdict(r.verdict()));
        o.set("reply", r.reply() == null ? null : reply(r.reply()));
        return o;
    }

    public static ObjectNode transaction(Transaction t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("gateway", t.gateway());
        o.put("gateway_type", t.gatewayType());
        o.put("type", t.type().wire());
        o.put("status", t.status().wire());
        o.set("amount", money(t.amount()));
        o.put("created_at", iso(t.createdAt()));
        o.put("paid_at", iso(t.paidAt()));
        o.put("shop", t.shop());
        o.put("order_id", t.orderId());
        if (t.parentId() != null) {
            o.put("parent_id", t.parentId());
        }
        o.put("test", t.test());
        o.set("card", card(t.card()));
        o.set("decline", decline(t.decline()));
        o.set("three_d_secure", threeDs(t.threeDSecure()));
        o.set("risk", risk(t.risk()));
        o.set("processing", processing(t.processing()));
        return o;
    }

    private static ObjectNode attempt(Transaction t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("status", t.status().wire());
        o.put("created_at", iso(t.createdAt()));
        o.put("amount", t.amount() == null ? null : t.amount().display());
        o.put("code", t.decline() == null ? null : t.decline().code());
        return o;
    }

    public static ObjectNode verdict(Verdict v) {
        ObjectNode o = Json.object();
        o.put("party", v.party().wire());
        if (v.limit() != null) {
            o.put("limit", v.limit().wire());
        }
        o.put("reason", v.reason());
        o.put("confidence", v.confidence().wire());
        o.put("summary", v.summary());
        ArrayNode ev = o.putArray("evidence");
        v.evidence().forEach(e -> ev.add(e));
        ArrayNode next = o.putArray("next_steps");
        v.nextSteps().forEach(n -> next.add(n));
        o.put("retry", v.retry());
        o.put("confidential", v.confidential());
        o.put("matched", v.matched());
        return o;
    }

    public static ObjectNode reply(Reply r) {
        ObjectNode o = Json.object();
        o.put("audience", r.audience().wire());
        o.put("lang", r.lang().wire());
        o.put("channel", r.channel().wire());
        if (r.subject() != null) {
            o.put("subject", r.subject());
        }
        o.put("text", r.text());
        ArrayNode parts = o.putArray("parts");
        r.parts().forEach(parts::add);
        return o;
    }

    private static ObjectNode money(Money m) {
        if (m == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("minor", m.minor());
        o.put("currency", m.currency());
        o.put("display", m.display());
        return o;
    }

    private static ObjectNode processing(Processing p) {
        if (p == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("rrn", p.rrn());
        o.put("auth_code", p.authCode());
        o.put("network_transaction_id", p.networkTransactionId());
        o.put("route", p.route());
        o.put("cvc_check", p.cvcCheck());
        o.put("avs_check", p.avsCheck());
        return o;
    }

    private static ObjectNode card(Card c) {
        if (c == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("brand", c.brand());
        o.put("masked", c.masked());
        o.put("bin", c.bin());
        o.put("last4", c.last4());
        o.put("issuer_country", c.issuerCountry());
        o.put("issuer_name", c.issuerName());
        return o;
    }

    private static ObjectNode decline(Decline d) {
        if (d == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("source", d.source());
        o.put("code", d.code());
        o.put("message", d.message());
        ArrayNode codes = o.putArray("codes");
        for (Code c : d.codes()) {
            codes.add(c.toString());
        }
        return o;
    }

    private static ObjectNode threeDs(ThreeDSecure t) {
        if (t == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("status", t.status());
        o.put("message", t.message());
        o.put("eci", t.eci());
        o.put("fail_reason", t.failReason());
        return o;
    }

    private static ObjectNode risk(RiskCheck r) {
        if (r == null) {
            return null;
        }
        ObjectNode o = Json.object();
        o.put("engine", r.engine());
        o.put("status", r.status());
        o.put("message", r.message());
        o.put("owner", r.owner());
        o.put("volume_limit_exceeded", r.volumeLimitExceeded());
        o.put("block_listed", r.blockListed());
        o.put("rule", r.rule());
        o.put("risk_level", r.riskLevel());
        if (r.sentToNetwork() != null) {
            o.put("sent_to_network", r.sentToNetwork());
        }
        return o;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
