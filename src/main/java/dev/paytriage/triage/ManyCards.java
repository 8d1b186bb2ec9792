package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Many distinct cards failing at one shop with the same code in a short window is the shop's,
 * acquirer's or gateway's problem, not each payer's. Reads the shop's recent transactions.
 */
public final class ManyCards {
    private final int minDistinctCards;
    private final Duration window;

    public ManyCards(int minDistinctCards, Duration window) {
        this.minDistinctCards = minDistinctCards;
        this.window = window;
    }

    public static ManyCards defaults() {
        return new ManyCards(3, Duration.ofHours(2));
    }

    Optional<String> check(Case c) {
        Transaction tx = c.transaction();
        if (tx.decline() == null || tx.decline().codes().isEmpty() || c.shopRecent().isEmpty()) {
            return Optional.empty();
        }
        Code code = tx.decline().codes().get(0);
        Set<String> cards = c.shopRecent().stream()
                .filter(o -> o.status().isFinalFailure())
                .filter(o -> o.decline() != null && o.decline().codes().contains(code))
                .filter(o -> within(o, tx))
                .map(o -> o.card() == null ? o.id() : o.card().bin() + "…" + o.card().last4())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (tx.card() != null) {
            cards.add(tx.card().bin() + "…" + tx.card().last4());
        }
        if (cards.size() < minDistinctCards) {
            return Optional.empty();
        }
        return Optional.of(cards.size() + " different cards failed at this shop with " + code + " within "
                + window.toMinutes() + " minutes: the cause is not one payer's card");
    }

    private boolean within(Transaction o, Transaction tx) {
        if (o.createdAt() == null || tx.createdAt() == null) {
            return true;
        }
        return Duration.between(o.createdAt(), tx.createdAt()).abs().compareTo(window) <= 0;
    }
}
