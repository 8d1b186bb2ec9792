package dev.paytriage.gateway;

import dev.paytriage.model.Transaction;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One payment gateway as support sees it: find a transaction by the gateway's id or by the merchant's
 * order (tracking) id. Implementations translate the gateway's JSON into {@link Transaction} and keep
 * every field name of that gateway to themselves.
 */
public interface Gateway {

    /** The configured name (what the agent types with --gateway). */
    String name();

    /** The adapter type: begateway, stripe, rest, sandbox. */
    String type();

    /** The transaction with this gateway id, or empty when the gateway does not know it. */
    Optional<Transaction> byId(String id);

    /** Every transaction carrying this merchant order id, newest first; empty when there is none. */
    List<Transaction> byOrderId(String orderId);

    /** Whether {@link #recent} can list a shop's recent transactions. */
    default boolean canListRecent() {
        return false;
    }

    /** The shop's transactions created within {@code window} before {@code until}, newest first. */
    default List<Transaction> recent(String shop, java.time.Instant until, Duration window) {
        return List.of();
    }

    /** Whether {@link #search} can find transactions by shop, amount, time window and card. */
    default boolean canSearch() {
        return false;
    }

    /** Transactions matching every field given in the criteria, newest first. */
    default List<Transaction> search(SearchCriteria criteria) {
        return List.of();
    }
}
