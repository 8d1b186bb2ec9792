package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;

/** Status vs complaint: earlier attempts of the same order failed before this one succeeded. */
final class AttemptHistory implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        long failedBefore = c.sameOrder().stream()
                .filter(o -> !o.id().equals(tx.id()) && o.status().isFinalFailure()).count();
        if (failedBefore > 0 && tx.status() == TxStatus.SUCCESSFUL) {
            f.put("earlier_attempt_failed", failedBefore
                    + " earlier attempt(s) for this order failed; this one succeeded");
        }
    }
}
