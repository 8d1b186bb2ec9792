package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.time.Duration;
import java.util.Objects;

/** Status vs complaint: two successful payments of the same amount for one order within a day. */
final class DuplicateCharge implements FactSource {
    static final Duration WINDOW = Duration.ofHours(24);

    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.status() != TxStatus.SUCCESSFUL || tx.orderId() == null) {
            return;
        }
        c.sameOrder().stream()
                .filter(o -> !o.id().equals(tx.id()))
                .filter(o -> o.status() == TxStatus.SUCCESSFUL)
                .filter(o -> o.type() == TxType.PAYMENT || o.type() == TxType.CAPTURE)
                .filter(o -> Objects.equals(o.amount(), tx.amount()))
                .filter(o -> o.createdAt() == null || tx.createdAt() == null
                        || Duration.between(o.createdAt(), tx.createdAt()).abs().compareTo(WINDOW) < 0)
                .findFirst()
                .ifPresent(o -> f.put("duplicate_in_order", "order " + tx.orderId() + " was paid twice: " + o.id()
                        + " and " + tx.id() + " both succeeded for " + tx.amount().display()
                        + (o.createdAt() != null && tx.createdAt() != null
                                ? ", " + Duration.between(o.createdAt(), tx.createdAt()).abs().toSeconds() + " s apart"
                                : "")));
    }
}
