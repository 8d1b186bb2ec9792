package dev.paytriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction normalised from any gateway's answer. Immutable; {@code raw} keeps the gateway's own
 * payload for --verbose and is never used for decisions outside the adapter that produced it.
 * {@code acquirer} is the acquirer connection the gateway routed the payment through, as the gateway
 * numbers it (beGateway's gateway id), null when unknown; {@code settledAt} when the acquirer settled it.
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
        boolean test,
        JsonNode raw,
        String acquirer,
        Instant settledAt) {

    public Transaction {
        Objects.requireNonNull(id, "id");
        type = type == null ? TxType.OTHER : type;
        status = status == null ? TxStatus.UNKNOWN : status;
    }

    /** A transaction whose acquirer connection and settlement are not known. */
    public Transaction(String id, String gateway, String gatewayType, TxType type, TxStatus status, Money amount,
            Instant createdAt, Instant paidAt, String shop, String orderId, String parentId, String description,
            Card card, Decline decline, ThreeDSecure threeDSecure, RiskCheck risk, boolean test, JsonNode raw) {
        this(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shop, orderId, parentId, description,
                card, decline, threeDSecure, risk, test, raw, null, null);
    }

    /** The same transaction as seen through a named gateway configuration. */
    public Transaction withGateway(String name, String typeName) {
        return new Transaction(id, name, typeName, type, status, amount, createdAt, paidAt, shop, orderId,
                parentId, description, card, decline, threeDSecure, risk, test, raw, acquirer, settledAt);
    }

    /** The same transaction under the shop name support knows it by. */
    public Transaction withShop(String shopName) {
        return new Transaction(id, gateway, gatewayType, type, status, amount, createdAt, paidAt, shopName, orderId,
                parentId, description, card, decline, threeDSecure, risk, test, raw, acquirer, settledAt);
    }

    public boolean hasCode(String namespace, String value) {
        return decline != null && decline.codes().stream()
                .anyMatch(c -> c.namespace().equals(namespace) && c.value().equalsIgnoreCase(value));
    }
}
