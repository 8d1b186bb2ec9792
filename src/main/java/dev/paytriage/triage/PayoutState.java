package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;

/**
 * Status vs complaint: a payout (credit to a card, a withdrawal) the gateway completed. From there the
 * recipient's bank credits the card, and the payout's RRN is what that bank traces it by.
 */
final class PayoutState implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.type() != TxType.PAYOUT || tx.status() != TxStatus.SUCCESSFUL) {
            return;
        }
        String rrn = tx.processing() == null ? null : tx.processing().rrn();
        f.put("payout_sent", "payout " + tx.id() + " succeeded at the gateway"
                + (tx.createdAt() == null ? "" : " on " + tx.createdAt())
                + (rrn == null ? "; the gateway gave no RRN" : "; RRN " + rrn + " for the recipient's bank"));
    }
}
