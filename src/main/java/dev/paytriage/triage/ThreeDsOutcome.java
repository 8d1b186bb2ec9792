package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;

/** The gateway's own outcome: 3-D Secure started but not finished, or failed. */
final class ThreeDsOutcome implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.threeDSecure() != null) {
            String s = tx.threeDSecure().status();
            if ("pending".equalsIgnoreCase(s) || tx.status() == TxStatus.INCOMPLETE) {
                f.put("3ds_pending", "3-D Secure was started but the payer never finished it");
            } else if ("failed".equalsIgnoreCase(s)) {
                f.put("3ds_failed", "3-D Secure authentication failed"
                        + (tx.threeDSecure().failReason() == null ? "" : ": " + tx.threeDSecure().failReason()));
            }
        } else if (tx.status() == TxStatus.INCOMPLETE) {
            f.put("3ds_pending", "the payment waits for the payer to confirm it (3-D Secure or another step)");
        }
    }
}
