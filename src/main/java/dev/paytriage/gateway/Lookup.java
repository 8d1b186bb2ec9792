package dev.paytriage.gateway;

import dev.paytriage.model.SafeText;
import dev.paytriage.model.Transaction;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a reference points to: the gateway's transaction id first, then the merchant's order id
 * (or only the order id when the agent says so).
 */
public final class Lookup {

    /** What was found for a reference; {@code byOrder} tells which kind of id matched. */
    public record Found(String ref, boolean byOrder, List<Transaction> matches) {
        public boolean isEmpty() {
            return matches.isEmpty();
        }

        /** The transaction a complaint is normally about: the latest attempt. */
        public Transaction primary() {
            return matches.get(0);
        }
    }

    private Lookup() {}

    /** Finds nothing, without asking, for a reference that is a card number (masked or not). */
    public static Found find(Gateway gateway, String ref, boolean orderIdOnly) {
        String trimmed = ref.trim();
        if (SafeText.holdsCard(trimmed)) {
            return new Found(trimmed, orderIdOnly, List.of());
        }
        if (!orderIdOnly) {
            Optional<Transaction> byId = gateway.byId(trimmed);
            if (byId.isPresent()) {
                return new Found(trimmed, false, List.of(byId.get()));
            }
        }
        List<Transaction> byOrder = gateway.byOrderId(trimmed).stream()
                .sorted(Comparator.comparing(Transaction::createdAt,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new Found(trimmed, true, byOrder);
    }
}
