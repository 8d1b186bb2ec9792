package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;

/**
 * Status vs complaint: whether the acquirer has settled the payment to the merchant, and, when it has
 * not, whether the usual settlement day has already passed (a settlement delay at the acquirer).
 */
final class Settlement implements FactSource {
    private final java.time.ZoneId zone;

    Settlement(java.time.ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.settledAt() != null) {
            f.put("settled", "the gateway shows the payment as settled at " + tx.settledAt());
            return;
        }
        java.time.Instant paid = tx.paidAt() != null ? tx.paidAt() : tx.createdAt();
        if (tx.status() == TxStatus.SUCCESSFUL && tx.type().movesMoneyFromPayer() && paid != null && !tx.test()
                && SettlementCalendar.overdue(paid, c.now(), zone)) {
            f.put("settlement_overdue", "not settled yet, although settlement was due on "
                    + SettlementCalendar.due(paid, zone) + " (the next working day after the payment)");
        }
    }
}
