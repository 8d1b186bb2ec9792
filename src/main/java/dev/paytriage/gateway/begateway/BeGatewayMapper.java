package dev.paytriage.gateway.begateway;

import static dev.paytriage.gateway.JsonFields.bool;
import static dev.paytriage.gateway.JsonFields.instant;
import static dev.paytriage.gateway.JsonFields.longValue;
import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.RiskCheck;
import dev.paytriage.model.ThreeDSecure;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads beGateway (bePaid and its white labels) answers into the model. Accepts every documented shape:
 * {@code {"transaction":{…}}} (API v2), the flat API v3 object with {@code code}/{@code friendly_message},
 * {@code {"transactions":[…]}} (tracking id lookup), a bare array, and error bodies, which it reports
 * as {@link ErrorBody}.
 */
public final class BeGatewayMapper {

    public static final String TYPE = "begateway";

    /** An answer that is an error, not a transaction: v2 {@code message/errors}, v3 {@code code/friendly_message}. */
    public record ErrorBody(String code, String message) {}

    private BeGatewayMapper() {}

    /** Every transaction in the answer; an empty list when the answer holds none. */
    public static List<Transaction> transactions(JsonNode body, String gatewayName) {
        List<Transaction> out = new ArrayList<>();
        if (body == null || body.isNull()) {
            return out;
        }
        if (body.isArray()) {
            body.forEach(n -> out.add(transaction(n, gatewayName)));
        } else if (body.has("transactions") && body.get("transactions").isArray()) {
            body.get("transactions").forEach(n -> out.add(transaction(n, gatewayName)));
        } else if (text(body, "uid") != null) {
            // API v3: flat, with the bank data in a section that is itself called "transaction".
            out.add(transaction(body, gatewayName));
        } else if (obj(body, "transaction") != null) {
            out.add(transaction(body.get("transaction"), gatewayName));
        }
        return out;
    }

    /**
     * What a body that holds no transaction and no error is instead, for the one-line message; null when
     * it is not recognisably anything.
     */
    public static String otherShape(JsonNode body) {
        if (body != null && obj(body, "checkout") != null) {
            return "a checkout (payment token) object from the hosted-page API";
        }
        return null;
    }

    /** The error an answer carries, or null when it is not an error body. */
    public static ErrorBody error(JsonNode body) {
        if (body == null || !body.isObject() || text(body, "uid") != null || body.has("transaction")
                || body.has("transactions")) {
            return null;
        }
        JsonNode b = obj(body, "response") != null ? body.get("response") : body;
        String code = text(b, "code");
        String message = text(b, "message");
        String friendly = text(b, "friendly_message");
        if (code == null && message == null && friendly == null) {
            return null;
        }
        return new ErrorBody(code, message != null ? message : friendly);
    }

    public static Transaction transaction(JsonNode t, String gatewayName) {
        if (t == null || !t.isObject() || text(t, "uid") == null) {
            throw new GatewayException("garbage", "gateway " + gatewayName
                    + " answered a transaction without a uid: check base_url points at the card API");
        }
        TxType type = type(text(t, "type"));
        // API v2 keeps bank data in a section named after the type; API v3 calls it "transaction".
        JsonNode section = obj(t, text(t, "type") == null ? "payment" : text(t, "type"));
        if (section == null && obj(t, "transaction") != null) {
            section = t.get("transaction");
        }
        JsonNode cardNode = obj(t, "credit_card") != null ? t.get("credit_card") : obj(t, "payment_method");
        Long amount = longValue(t, "amount");
        String currency = text(t, "currency");
        return new Transaction(
                text(t, "uid"),
                gatewayName,
                TYPE,
                type,
                status(text(t, "status")),
                amount == null || currency == null ? null : new Money(amount, currency),
                instant(t, "created_at"),
                instant(t, "paid_at"),
                shop(t),
                text(t, "tracking_id"),
                text(t, "parent_uid"),
                text(t, "description"),
                card(cardNode),
                decline(t, section),
                threeDSecure(obj(t, "three_d_secure_verification")),
                risk(obj(t, "be_protected_verification")),
                BeGatewayProcessing.of(section, obj(t, "avs_cvc_verification")),
                bool(t, "test"),
                t,
                instant(t, "settled_at"),
                method(t, cardNode));
    }

    /**
     * How the payer paid: v2 names it in {@code payment_method_type}, v3 inside {@code payment_method}.
     * {@code credit_card} is a card; anything else (erip, alternative, …) an alternative method.
     */
    static String method(JsonNode t, JsonNode paymentMethod) {
        String m = text(t, "payment_method_type");
        if (m == null) {
            m = text(obj(t, "payment_method"), "payment_method_type");
        }
        if (m == null) {
            return paymentMethod != null && text(paymentMethod, "last_4") != null ? "card" : null;
        }
        m = m.toLowerCase(Locale.ROOT);
        return m.equals("credit_card") || m.equals("card") ? "card" : m;
    }

    private static String shop(JsonNode t) {
        String shop = text(t, "shop_id");
        JsonNode additional = obj(t, "additional_data");
        if (shop == null && additional != null) {
            shop = text(additional, "shop_name");
        }
        return shop;
    }

    static TxType type(String type) {
        if (type == null) {
            return TxType.OTHER;
        }
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "payment" -> TxType.PAYMENT;
            case "authorization" -> TxType.AUTHORIZATION;
            case "capture" -> TxType.CAPTURE;
            case "void" -> TxType.VOID;
            case "refund" -> TxType.REFUND;
            case "credit", "payout" -> TxType.PAYOUT;
            case "chargeback" -> TxType.CHARGEBACK;
            default -> TxType.OTHER;
        };
    }

    static TxStatus status(String status) {
        if (status == null) {
            return TxStatus.UNKNOWN;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "successful" -> TxStatus.SUCCESSFUL;
            case "failed" -> TxStatus.FAILED;
            case "incomplete" -> TxStatus.INCOMPLETE;
            // APM payment requests (ERIP): pending/auto_created/permanent wait for the payer; start is a payment
            // begun in the payer's bank, back to pending after 30 minutes (docs.bepaid.by, ERIP statuses)
            case "pending", "processing", "auto_created", "permanent", "start" -> TxStatus.PENDING;
            case "expired" -> TxStatus.EXPIRED;
            case "error" -> TxStatus.ERROR;
            case "deleted", "canceled", "cancelled" -> TxStatus.CANCELED;
            default -> TxStatus.UNKNOWN;
        };
    }

    private static Card card(JsonNode c) {
        if (c == null) {
            return null;
        }
        // Card takes bin and last_4 by their shape: a whole card number in either shows as BIN or last four only
        return new Card(text(c, "brand"), text(c, "bin"), text(c, "last_4"), text(c, "issuer_country"),
                text(c, "issuer_name"));
    }

    private static Decline decline(JsonNode t, JsonNode section) {
        TxStatus status = status(text(t, "status"));
        if (status == TxStatus.SUCCESSFUL) {
            return null;
        }
        List<Code> codes = new ArrayList<>();
        String gatewayCode = text(t, "code");
        if (gatewayCode != null && !gatewayCode.startsWith("S.")) {
            codes.add(new Code(TYPE, gatewayCode.toUpperCase(Locale.ROOT)));
        }
        String bankCode = section == null ? null : text(section, "bank_code");
        boolean test = bool(t, "test");
        // On the demo gateway successful test payments carry bank_code 05: in test mode bank codes mean nothing.
        if (bankCode != null && !test) {
            codes.add(new Code("iso8583", bankCode));
        }
        JsonNode tds = obj(t, "three_d_secure_verification");
        if (tds != null && "failed".equalsIgnoreCase(text(tds, "status")) && text(tds, "fail_reason") != null) {
            codes.add(new Code("begateway_3ds", text(tds, "fail_reason")));
        }
        String message = firstNonNull(text(t, "friendly_message"), text(t, "message"),
                section == null ? null : text(section, "message"));
        if (codes.isEmpty() && message == null && status == TxStatus.INCOMPLETE) {
            return null;
        }
        String source = source(gatewayCode, bankCode, t);
        String primary = gatewayCode != null && !gatewayCode.startsWith("S.") ? gatewayCode : bankCode;
        return new Decline(source, primary, message, codes);
    }

    private static String source(String gatewayCode, String bankCode, JsonNode t) {
        JsonNode bp = obj(t, "be_protected_verification");
        if (bp != null && "failed".equalsIgnoreCase(text(bp, "status"))) {
            return "risk";
        }
        // Smart Routing (codes F.2xxx) sits between the gateway and the acquirers: a failure there is the gateway's.
        JsonNode routing = obj(t, "smart_routing_verification");
        if (routing != null && "failed".equalsIgnoreCase(text(routing, "status")) && bankCode == null) {
            return "gateway";
        }
        if (gatewayCode != null) {
            if (gatewayCode.startsWith("E.")) {
                return "gateway";
            }
            if (gatewayCode.matches("F\\.4\\d{3}")) {
                return "3ds";
            }
            if (gatewayCode.matches("F\\.[123]\\d{3}")) {
                return "gateway";
            }
        }
        return bankCode != null || gatewayCode != null ? "issuer" : "gateway";
    }

    private static ThreeDSecure threeDSecure(JsonNode v) {
        if (v == null) {
            return null;
        }
        return new ThreeDSecure(text(v, "status"), text(v, "message"), text(v, "eci"), text(v, "fail_reason"));
    }

    private static RiskCheck risk(JsonNode v) {
        if (v == null) {
            return null;
        }
        JsonNode limit = obj(v, "limit");
        boolean volume = limit != null && bool(limit, "volume");
        JsonNode list = obj(v, "white_black_list");
        boolean black = false;
        if (list != null) {
            for (JsonNode entry : list) {
                black |= "black".equalsIgnoreCase(entry.asText());
            }
        }
        String status = text(v, "status");
        FailedRule rule = firstFailedRule(obj(v, "rules"));
        boolean failed = "failed".equalsIgnoreCase(status);
        // beProtected rules are set by the PSP and by the merchant; the rule group names the owner.
        String owner = !failed ? null : volume ? "gateway" : black ? "merchant"
                : rule == null ? "unknown" : rule.owner();
        return new RiskCheck("beprotected", status, text(v, "message"), owner, volume, black,
                rule == null ? null : rule.text(), null, failed ? Boolean.FALSE : null);
    }

    /** A beProtected rule that failed: "group: description", and whose rule set it belongs to. */
    record FailedRule(String group, String description) {
        String text() {
            return group + ": " + description;
        }

        /**
         * Rule sets a merchant configures in its back office are named after the merchant or one of its
         * shops with the ids in front: "1_368_beGateway Test Shop" (a shop's own), "1_Demo Test" (all the
         * merchant's shops); the PSP's own set carries a bare name ("Demo PSP"). Seen in the refund answer
         * of axcherednikov/laravel-bepaid's tests and in begateway/client_ruby's checkup spec ("1_123_My
         * Shop"); the docs say rules are set "by bePaid and merchants", for one shop or all of them.
         */
        String owner() {
            if (group.matches("\\d+_.+")) {
                return "merchant";
            }
            String g = group.toLowerCase(Locale.ROOT);
            return !g.contains("psp") && (g.contains("shop") || g.contains("merchant")) ? "merchant" : "gateway";
        }
    }

    /** beProtected lists rules as {group: {id: {description: passed|failed}}}; the first that failed. */
    static FailedRule firstFailedRule(JsonNode rules) {
        if (rules == null) {
            return null;
        }
        var groups = rules.properties().iterator();
        while (groups.hasNext()) {
            var group = groups.next();
            for (JsonNode byId : group.getValue()) {
                var checks = byId.properties().iterator();
                while (checks.hasNext()) {
                    var check = checks.next();
                    if ("failed".equalsIgnoreCase(check.getValue().asText())) {
                        return new FailedRule(group.getKey(), check.getKey());
                    }
                }
            }
        }
        return null;
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
