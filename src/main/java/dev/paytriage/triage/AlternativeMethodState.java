package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;

/**
 * The gateway's own outcome: a payment by an alternative method (ERIP and the like) that is still
 * pending is a payment request waiting for the payer to pay it in their bank or at a kiosk — not a
 * lost answer (docs.bepaid.by, ERIP statuses: "pending — the payment request is successfully created.
 * Waiting for a payment").
 */
final class AlternativeMethodState implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.alternativeMethod() && tx.status() == TxStatus.PENDING && tx.type().movesMoneyFromPayer()) {
            f.put("apm_awaiting_payer", "the " + tx.method() + " payment request is open and waits for the payer"
                    + " to pay it; nothing has been paid yet");
        }
        if (tx.alternativeMethod() && tx.status() == TxStatus.EXPIRED && tx.type().movesMoneyFromPayer()) {
            f.put("apm_expired_unpaid", "the " + tx.method() + " payment request expired before the payer paid it"
                    + " (\"expired: the payment request was not settled\")");
        }
    }
}
