package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.time.Duration;

/** The gateway's own outcome: no final status long after creation — a timeout on the way to the bank. */
final class PendingState implements FactSource {
    static final Duration TOO_LONG = Duration.ofMinutes(15);

    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if ((tx.status() == TxStatus.PENDING || tx.status() == TxStatus.UNKNOWN) && tx.createdAt() != null
                && Duration.between(tx.createdAt(), c.now()).compareTo(TOO_LONG) > 0) {
            f.put("stale_pending", "the status is still " + tx.status().wire() + " "
                    + Duration.between(tx.createdAt(), c.now()).toMinutes() + " minutes after creation");
        }
    }
}
