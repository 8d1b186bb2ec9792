package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;

/** Status vs complaint: a successful refund exists for the payment the complaint is about. */
final class RefundState implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.type() == TxType.REFUND && tx.status() == TxStatus.SUCCESSFUL) {
            f.put("refunded", "refund " + tx.id() + " of " + money(tx) + " succeeded"
                    + (tx.createdAt() == null ? "" : " on " + tx.createdAt())
                    + (tx.parentId() == null ? "" : " for payment " + tx.parentId()));
            return;
        }
        if (!tx.type().movesMoneyFromPayer()) {
            return;
        }
        if (tx.refunded() != null && tx.refunded().minor() > 0 && tx.status() == TxStatus.SUCCESSFUL) {
            f.put("refunded", tx.refunded().display() + " of payment " + tx.id() + " was refunded"
                    + (tx.amount() == null ? "" : " (of " + tx.amount().display() + ")"));
            return;
        }
        c.sameOrder().stream()
                .filter(o -> o.type() == TxType.REFUND && o.status() == TxStatus.SUCCESSFUL)
                .filter(o -> o.parentId() == null || o.parentId().equals(tx.id()))
                .findFirst()
                .ifPresent(r -> f.put("refunded", "refund " + r.id() + " of " + money(r) + " succeeded"
                        + (r.createdAt() == null ? "" : " on " + r.createdAt()) + " for payment " + tx.id()));
    }

    private static String money(Transaction t) {
        return t.amount() == null ? "an unknown amount" : t.amount().display();
    }
}
