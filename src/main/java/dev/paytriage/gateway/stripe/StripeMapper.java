package dev.paytriage.gateway.stripe;

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
 * Reads Stripe PaymentIntents ({@code pi_…}), Charges ({@code ch_…}, {@code py_…}) and search results
 * into the model. A PaymentIntent's {@code latest_charge}, when expanded, supplies the card, outcome and
 * 3-D Secure result; {@code last_payment_error} supplies the decline.
 */
public final class StripeMapper {

    public static final String TYPE = "stripe";
    public static final String DEFAULT_ORDER_KEY = "order_id";

    private StripeMapper() {}

    /** Every object in the answer: one object, or the {@code data} of a list/search result. */
    public static List<Transaction> transactions(JsonNode body, String gatewayName, String orderKey) {
        List<Transaction> out = new ArrayList<>();
        if (body == null || body.isNull()) {
            return out;
        }
        JsonNode data = body.get("data");
        if (data != null && data.isArray()) {
            data.forEach(n -> out.add(transaction(n, gatewayName, orderKey)));
        } else if (text(body, "id") != null) {
            out.add(transaction(body, gatewayName, orderKey));
        }
        return out;
    }

    public static Transaction transaction(JsonNode o, String gatewayName, String orderKey) {
        String object = text(o, "object");
        if ("payment_intent".equals(object)) {
            return paymentIntent(o, gatewayName, orderKey);
        }
        if ("charge".equals(object)) {
            return charge(o, null, gatewayName, orderKey);
        }
        throw new GatewayException("garbage", "gateway " + gatewayName + " answered a Stripe object of type '"
                + (object == null ? "none" : object) + "', not a payment_intent or charge");
    }

    /** The charge id a PaymentIntent names without expanding it, so the adapter can fetch it; else null. */
    public static String unexpandedCharge(JsonNode pi) {
        JsonNode c = pi == null ? null : pi.get("latest_charge");
        return c != null && c.isTextual() && !c.asText().isEmpty() ? c.asText() : null;
    }

    /** The PaymentIntent's latest charge: expanded {@code latest_charge}, or the first of {@code charges} (API before 2022-11-15). */
    private static JsonNode latestCharge(JsonNode pi) {
        JsonNode expanded = obj(pi, "latest_charge");
        if (expanded != null) {
            return expanded;
        }
        JsonNode data = obj(pi, "charges") == null ? null : pi.get("charges").get("data");
        return data != null && data.isArray() && data.size() > 0 && data.get(0).isObject() ? data.get(0) : null;
    }

    private static Transaction paymentIntent(JsonNode pi, String gatewayName, String orderKey) {
        JsonNode error = obj(pi, "last_payment_error");
        String piStatus = legacyStatus(text(pi, "status"));
        TxStatus status = switch (piStatus == null ? "" : piStatus) {
            case "succeeded", "requires_capture" -> TxStatus.SUCCESSFUL;
            case "requires_payment_method" -> error != null ? TxStatus.FAILED : TxStatus.INCOMPLETE;
            case "requires_action", "requires_confirmation" -> TxStatus.INCOMPLETE;
            case "processing" -> TxStatus.PENDING;
            case "canceled" -> TxStatus.CANCELED;
            default -> TxStatus.UNKNOWN;
        };
        // When last_payment_error and the charge disagree, the PaymentIntent's own status says which is
        // current. Succeeded: the error is left over from an earlier attempt ("the payment error encountered
        // in the previous PaymentIntent confirmation"), the charge is the truth and nothing was declined.
        // Failed: the error is the latest confirmation's, and a charge it does not name (error.charge) is an
        // earlier attempt — its outcome and card would describe another try, so they are left out.
        JsonNode charge = latestCharge(pi);
        if (status == TxStatus.SUCCESSFUL) {
            error = null;
        } else if (error != null && charge != null && !sameAttempt(error, charge)) {
            charge = null;
        }
        TxType type = "requires_capture".equals(piStatus) || "manual".equals(text(pi, "capture_method"))
                && longValue(pi, "amount_received") != null && longValue(pi, "amount_received") == 0
                ? TxType.AUTHORIZATION : TxType.PAYMENT;
        JsonNode errorMethodCard = error == null ? null : obj(obj(error, "payment_method"), "card");
        JsonNode chargeCard = charge == null ? null : chargeCard(charge);
        Card card = card(chargeCard != null ? chargeCard : errorMethodCard);

        List<Code> codes = new ArrayList<>();
        String message = null;
        String source = null;
        if (error != null) {
            addCode(codes, "stripe", text(error, "decline_code"));
            addCode(codes, "stripe", text(error, "code"));
            addCode(codes, "stripe_error_type", text(error, "type"));
            addCode(codes, "stripe_advice", text(error, "advice_code"));
            addCode(codes, "network", text(error, "network_decline_code"));
            addCode(codes, "network_advice", text(error, "network_advice_code"));
            message = text(error, "message");
            source = errorSource(text(error, "type"));
        }
        if (status == TxStatus.CANCELED) {
            addCode(codes, "stripe_cancellation", text(pi, "cancellation_reason"));
            source = source == null ? "merchant" : source;
        }
        JsonNode outcome = charge == null ? null : obj(charge, "outcome");
        if (status != TxStatus.SUCCESSFUL) {
            addOutcomeCodes(codes, outcome);
        }
        if (source == null && outcome != null) {
            source = outcomeSource(outcome);
        }
        // a succeeded intent's charge outcome ("authorized", "Payment complete.") is no decline, as for a charge
        Decline decline = status == TxStatus.SUCCESSFUL || codes.isEmpty() && message == null ? null
                : new Decline(source == null ? "issuer" : source, codes.isEmpty() ? null : codes.get(0).value(),
                        message != null ? message : text(outcome, "seller_message"), codes);
        Long amount = longValue(pi, "amount");
        return new Transaction(text(pi, "id"), gatewayName, TYPE, type, status,
                money(amount, text(pi, "currency")),
                instant(pi, "created"), status == TxStatus.SUCCESSFUL ? instant(charge, "created") : null,
                firstNonNull(text(pi, "on_behalf_of"), text(pi, "statement_descriptor")),
                metadata(pi, orderKey), null, text(pi, "description"), card, decline,
                threeDSecure(chargeCard) != null ? threeDSecure(chargeCard) : pendingAction(pi),
                risk(outcome), StripeProcessing.of(chargeCard != null ? chargeCard : errorMethodCard), test(pi), pi,
                null, charge != null ? method(charge) : "card", status == TxStatus.SUCCESSFUL ? refunded(charge) : null);
    }

    /** Names of API versions before 2019-02-11: requires_source is requires_payment_method, and so on. */
    private static String legacyStatus(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "requires_source" -> "requires_payment_method";
            case "requires_source_action" -> "requires_action";
            default -> status;
        };
    }

    /** The error is about this charge: it names it, or names none and the charge failed too. */
    private static boolean sameAttempt(JsonNode error, JsonNode charge) {
        JsonNode named = error.get("charge");
        String id = named == null || named.isNull() ? null : named.isObject() ? text(named, "id") : named.asText();
        if (id != null) {
            return id.equals(text(charge, "id"));
        }
        return chargeStatus(charge) == TxStatus.FAILED;
    }

    /**
     * Test mode only when the object says so: {@code livemode: false}. An object without the field (a
     * recorded or trimmed payload, an old fixture) is not thereby a test object.
     */
    private static boolean test(JsonNode o) {
        JsonNode live = o.get("livemode");
        return live != null && !live.isNull() && !bool(o, "livemode");
    }

    /**
     * A card PaymentIntent waiting in {@code requires_action} with a redirect or SDK step is waiting for
     * the payer's 3-D Secure challenge.
     */
    private static ThreeDSecure pendingAction(JsonNode pi) {
        JsonNode next = obj(pi, "next_action");
        String kind = text(next, "type");
        if (!"requires_action".equals(text(pi, "status"))
                || !("use_stripe_sdk".equals(kind) || "redirect_to_url".equals(kind))) {
            return null;
        }
        JsonNode types = pi.get("payment_method_types");
        boolean card = types == null || !types.isArray() || types.isEmpty();
        if (types != null && types.isArray()) {
            for (JsonNode t : types) {
                card |= "card".equals(t.asText());
            }
        }
        return card ? new ThreeDSecure("pending", "next action: " + kind, null, null) : null;
    }

    private static Transaction charge(JsonNode ch, JsonNode unused, String gatewayName, String orderKey) {
        TxStatus status = chargeStatus(ch);
        // refunded means fully refunded; captured arrived in 2013: a charge without it was captured at once
        JsonNode captured = ch.get("captured");
        TxType type = bool(ch, "refunded") ? TxType.REFUND
                : status == TxStatus.SUCCESSFUL && captured != null && !captured.isNull() && !bool(ch, "captured")
                ? TxType.AUTHORIZATION : TxType.PAYMENT;
        JsonNode card = chargeCard(ch);
        JsonNode outcome = obj(ch, "outcome");
        List<Code> codes = new ArrayList<>();
        if (status != TxStatus.SUCCESSFUL) {
            addCode(codes, "stripe", outcome == null ? null : text(outcome, "reason"));
            addCode(codes, "stripe", text(ch, "failure_code"));
            addCode(codes, "stripe_advice", outcome == null ? null : text(outcome, "advice_code"));
            addCode(codes, "network", outcome == null ? null : text(outcome, "network_decline_code"));
            addCode(codes, "network_advice", outcome == null ? null : text(outcome, "network_advice_code"));
            addOutcomeCodes(codes, outcome);
        }
        Decline decline = status == TxStatus.SUCCESSFUL || codes.isEmpty() && text(ch, "failure_message") == null
                ? null
                : new Decline(outcome == null ? "issuer" : outcomeSource(outcome),
                        codes.isEmpty() ? null : codes.get(0).value(),
                        firstNonNull(text(ch, "failure_message"), text(outcome, "seller_message")), codes);
        Long amount = longValue(ch, "amount");
        return new Transaction(text(ch, "id"), gatewayName, TYPE, type, status,
                money(amount, text(ch, "currency")),
                instant(ch, "created"), status == TxStatus.SUCCESSFUL ? instant(ch, "created") : null,
                firstNonNull(text(ch, "on_behalf_of"), text(ch, "calculated_statement_descriptor")),
                metadata(ch, orderKey), text(ch, "payment_intent"), text(ch, "description"), card(card), decline,
                threeDSecure(card), risk(outcome), StripeProcessing.of(card), test(ch), ch, null, method(ch),
                refunded(ch));
    }

    /**
     * What was refunded on a charge: {@code amount_refunded}, else the sum of its refunds — a bare array
     * in 2013 answers, a list with {@code data} later. Null when nothing was.
     */
    static Money refunded(JsonNode ch) {
        if (ch == null) {
            return null;
        }
        Long amount = longValue(ch, "amount_refunded");
        if (amount == null || amount == 0) {
            JsonNode refunds = ch.get("refunds");
            JsonNode list = refunds != null && refunds.isObject() ? refunds.get("data") : refunds;
            long sum = 0;
            if (list != null && list.isArray()) {
                for (JsonNode r : list) {
                    Long a = longValue(r, "amount");
                    sum += a == null ? 0 : a;
                }
            }
            amount = sum;
        }
        return amount > 0 ? money(amount, text(ch, "currency")) : null;
    }

    /**
     * A charge's outcome. Charges before the {@code status} field (API versions up to 2014) say it with
     * {@code paid} and {@code failure_code}/{@code failure_message}: paid is success (or an authorisation
     * to capture later); a charge not paid was declined — charges were synchronous, and pending ones
     * (bank debits, 2015 on) always carry {@code status}.
     */
    static TxStatus chargeStatus(JsonNode ch) {
        String chStatus = text(ch, "status");
        if (chStatus == null) {
            JsonNode paid = ch.get("paid");
            if (text(ch, "failure_code") != null || text(ch, "failure_message") != null) {
                return TxStatus.FAILED;
            }
            return paid == null || paid.isNull() ? TxStatus.UNKNOWN : bool(ch, "paid") ? TxStatus.SUCCESSFUL
                    : TxStatus.FAILED;
        }
        return switch (chStatus) {
            // "paid" was the status of a successful charge in API versions of 2015-2016
            case "succeeded", "paid" -> TxStatus.SUCCESSFUL;
            case "failed" -> TxStatus.FAILED;
            case "pending" -> TxStatus.PENDING;
            default -> TxStatus.UNKNOWN;
        };
    }

    /**
     * The card of a charge: {@code payment_method_details.card} (2019 on), else the {@code source} of
     * 2015-2019 when it is a card, else the {@code card} of the first API versions.
     */
    private static JsonNode chargeCard(JsonNode ch) {
        JsonNode details = obj(obj(ch, "payment_method_details"), "card");
        if (details != null) {
            return details;
        }
        JsonNode source = obj(ch, "source");
        if (source != null && ("card".equals(text(source, "object")) || text(source, "last4") != null)) {
            return source;
        }
        return obj(ch, "card");
    }

    /** card, or the payment method type Stripe names (sepa_debit, klarna, …). */
    private static String method(JsonNode ch) {
        String type = text(obj(ch, "payment_method_details"), "type");
        if (type != null) {
            return type;
        }
        return chargeCard(ch) != null ? "card" : null;
    }

    /**
     * Stripe amounts are in the currency's smallest unit, except ISK: "ISK will remain a two-decimal
     * currency in the Stripe API, and an ISK amount of 100 will continue to represent 1 króna"
     * (support.stripe.com, deprecation of fractional ISK charges), while ISO 4217 gives it none.
     */
    static Money money(Long amount, String currency) {
        if (amount == null || currency == null) {
            return null;
        }
        return "isk".equalsIgnoreCase(currency) ? new Money(amount / 100, currency) : new Money(amount, currency);
    }

    private static void addOutcomeCodes(List<Code> codes, JsonNode outcome) {
        if (outcome == null) {
            return;
        }
        addCode(codes, "stripe_outcome", text(outcome, "type"));
        addCode(codes, "stripe_network_status", text(outcome, "network_status"));
    }

    private static void addCode(List<Code> codes, String namespace, String value) {
        if (value == null) {
            return;
        }
        Code code = new Code(namespace, value);
        if (!codes.contains(code)) {
            codes.add(code);
        }
    }

    private static String errorSource(String errorType) {
        if (errorType == null) {
            return null;
        }
        return switch (errorType) {
            case "card_error" -> "issuer";
            case "invalid_request_error", "idempotency_error" -> "validation";
            case "api_error" -> "gateway";
            default -> null;
        };
    }

    private static String outcomeSource(JsonNode outcome) {
        String type = text(outcome, "type");
        if ("blocked".equals(type) || "not_sent_to_network".equals(text(outcome, "network_status"))) {
            return "risk";
        }
        if ("invalid".equals(type)) {
            return "validation";
        }
        return "issuer";
    }

    private static Card card(JsonNode c) {
        if (c == null) {
            return null;
        }
        // the first API versions named the brand "type" ("Visa"); later objects say "brand"
        String brand = text(c, "brand") != null ? text(c, "brand") : "card".equals(text(c, "object"))
                || c.has("last4") ? text(c, "type") : null;
        return new Card(brand == null ? null : brand.toLowerCase(Locale.ROOT).replace(' ', '_'), text(c, "iin"),
                text(c, "last4"), text(c, "country"), text(c, "issuer"));
    }

    private static ThreeDSecure threeDSecure(JsonNode card) {
        JsonNode tds = obj(card, "three_d_secure");
        if (tds == null) {
            return null;
        }
        String result = text(tds, "result");
        String status = result == null ? null : switch (result) {
            case "authenticated", "exempted" -> "successful";
            case "attempt_acknowledged" -> "attempted";
            case "not_supported" -> "not_enrolled";
            case "failed" -> "failed";
            case "processing_error" -> "error";
            default -> result;
        };
        return new ThreeDSecure(status, text(tds, "result_reason"), text(tds, "electronic_commerce_indicator"),
                text(tds, "result_reason"));
    }

    private static RiskCheck risk(JsonNode outcome) {
        if (outcome == null) {
            return null;
        }
        String type = text(outcome, "type");
        String reason = text(outcome, "reason");
        JsonNode ruleNode = outcome.get("rule");
        String rule = ruleNode == null || ruleNode.isNull() ? null
                : ruleNode.isObject() ? firstNonNull(text(ruleNode, "predicate"), text(ruleNode, "id"))
                : ruleNode.asText();
        boolean blocked = "blocked".equals(type);
        String owner = !blocked ? null : "rule".equals(reason) || "merchant_blacklist".equals(reason)
                ? "merchant" : "gateway";
        String network = text(outcome, "network_status");
        return new RiskCheck("radar", blocked ? "blocked" : "passed", text(outcome, "seller_message"), owner,
                false, "merchant_blacklist".equals(reason), rule, text(outcome, "risk_level"),
                network == null ? null : !"not_sent_to_network".equals(network));
    }

    private static String metadata(JsonNode o, String orderKey) {
        return text(obj(o, "metadata"), orderKey == null ? DEFAULT_ORDER_KEY : orderKey);
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
