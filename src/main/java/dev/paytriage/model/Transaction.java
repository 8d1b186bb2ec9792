package dev.paytriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction normalised from any gateway's answer. Immutable; {@code raw} keeps the gateway's own
 * payload for --verbose and is never used for decisions outside the adapter that produced it.
 * {@code settledAt} is when the acquirer settled the payment to the merchant, null when not (yet) known.
 * {@code method} is how the payer paid: {@code card}, or an alternative method as the gateway names it
 * ({@code erip}, {@code alternative}, …); null when the gateway did not say. {@code refunded} is what the
 * gateway shows as refunded on the payment itself (Stripe's {@code amount_refunded}); null when nothing is.
 */
public record Transaction(
        String id,
        String gateway,
        String gatewayType,
        TxType type,
        TxStatus status,
        Money amount,
        Instant createdAt,
        Instant paidAt,
        String shop,
        String orderId,
        String parentId,
        String description,
        Card card,
        Decline decline,
        ThreeDSecure threeDSecure,
        RiskCheck risk,
        Processing processing,
        boolean test,
        JsonNode raw,
        Instant settledAt,
        String method,
        Money refunded) {

    /** Every string enters through the gate; {@code raw} is kept redacted (see {@link Redact}). */
    public Transaction {
        Objects.requireNonNull(id, "id");
        id = SafeText.clean(id);
        gateway = SafeText.clean(gateway);
        gatewayType = SafeText.clean(gatewayType);
        shop = SafeText.clean(shop);
        orderId = SafeText.clean(orderId);
        parentId = SafeText.clean(parentId);
        description = SafeText.clean(description);
        raw = Redact.payload(raw);
        type = type == null ? TxType.OTHER : type;
        status = status == null ? TxStatus.UNKNOWN : status;
    }

    /** A transaction with nothing refunded on it. */
    public Transaction(String id, String gateway, String gatewayType, TxType type, TxStatus status, Money amount,
            Instant createdAt, Instant paidAt, String shop, String orderId, String parentId, String description,
            Card card, Decline decline, ThreeDSecure threeDSecure, RiskCheck risk, Processing processing, boolean test,
            JsonNode raw, Instant settledAt, String method) {
        this(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shop, orderId, parentId, description,
                card, decline, threeDSecure, risk, processing, test, raw, settledAt, method, null);
    }

    /** A transaction whose payment method the gateway did not name. */
    public Transaction(String id, String gateway, String gatewayType, TxType type, TxStatus status, Money amount,
            Instant createdAt, Instant paidAt, String shop, String orderId, String parentId, String description,
            Card card, Decline decline, ThreeDSecure threeDSecure, RiskCheck risk, Processing processing, boolean test,
            JsonNode raw, Instant settledAt) {
        this(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shop, orderId, parentId, description,
                card, decline, threeDSecure, risk, processing, test, raw, settledAt, null, null);
    }

    /** A transaction whose settlement is not known. */
    public Transaction(String id, String gateway, String gatewayType, TxType type, TxStatus status, Money amount,
            Instant createdAt, Instant paidAt, String shop, String orderId, String parentId, String description,
            Card card, Decline decline, ThreeDSecure threeDSecure, RiskCheck risk, Processing processing, boolean test,
            JsonNode raw) {
        this(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shop, orderId, parentId, description,
                card, decline, threeDSecure, risk, processing, test, raw, null, null, null);
    }

    /** A transaction whose gateway reported no processing references (kept for callers built before them). */
    public Transaction(String id, String gateway, String gatewayType, TxType type, TxStatus status, Money amount,
            Instant createdAt, Instant paidAt, String shop, String orderId, String parentId, String description,
            Card card, Decline decline, ThreeDSecure threeDSecure, RiskCheck risk, boolean test, JsonNode raw) {
        this(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shop, orderId, parentId, description,
                card, decline, threeDSecure, risk, null, test, raw, null, null, null);
    }

    /** The same transaction as seen through a named gateway configuration. */
    public Transaction withGateway(String name, String typeName) {
        return new Transaction(id, name, typeName, type, status, amount, createdAt, paidAt, shop, orderId,
                parentId, description, card, decline, threeDSecure, risk, processing, test, raw, settledAt, method, refunded);
    }

    /** The same transaction attributed to a shop (the gateway's answer named none, the config does). */
    public Transaction withShop(String shopName) {
        return new Transaction(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shopName, orderId,
                parentId, description, card, decline, threeDSecure, risk, processing, test, raw, settledAt, method, refunded);
    }

    /** Paid by an alternative method (ERIP, a wallet, a bank transfer), not by card. */
    public boolean alternativeMethod() {
        return method != null && !method.equals("card");
    }

    public boolean hasCode(String namespace, String value) {
        return decline != null && decline.codes().stream()
                .anyMatch(c -> c.namespace().equals(namespace) && c.value().equalsIgnoreCase(value));
    }
}
