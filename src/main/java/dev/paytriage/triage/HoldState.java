package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;

/**
 * Status vs complaint: money the payer sees as taken that is only a hold — an authorisation the
 * merchant voided, one that expired uncaptured, or (Stripe) a payment blocked after the bank approved it.
 */
final class HoldState implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        if (tx.type() == TxType.VOID && tx.status() == TxStatus.SUCCESSFUL) {
            f.put("hold_voided", "this is the void of authorisation " + (tx.parentId() == null ? "" : tx.parentId() + " ")
                    + "made " + when(tx) + ": the hold on the card was released, nothing was charged");
        } else if (tx.type() == TxType.AUTHORIZATION) {
            c.sameOrder().stream()
                    .filter(o -> o.type() == TxType.VOID && o.status() == TxStatus.SUCCESSFUL)
                    .filter(o -> tx.id().equals(o.parentId()) || o.parentId() == null)
                    .findFirst()
                    .ifPresent(v -> f.put("hold_voided", "the merchant voided this authorisation (void " + v.id() + ", "
                            + when(v) + "): the hold was released, nothing was charged"));
            boolean expiredByGateway = tx.status() == TxStatus.EXPIRED
                    || tx.hasCode("stripe_cancellation", "automatic") || tx.hasCode("stripe_cancellation", "expired")
                    || tx.hasCode("stripe", "charge_expired_for_capture");
            if (!f.has("hold_voided") && expiredByGateway) {
                f.put("hold_expired", "the authorisation expired without being captured: the hold lapses and nothing"
                        + " is charged");
            } else if (!f.has("hold_voided") && tx.status() == TxStatus.CANCELED) {
                f.put("hold_voided", "the authorisation was cancelled before capture: the hold was released, nothing"
                        + " was charged");
            }
        }
        if (tx.hasCode("stripe_network_status", "reversed_after_approval")) {
            f.put("reversed_after_approval", "the bank approved the payment, then the gateway blocked and reversed it:"
                    + " the payer may see it as pending for a few days, but it will not be charged");
        }
    }

    private static String when(Transaction t) {
        return t.createdAt() == null ? "at an unknown time" : "on " + t.createdAt();
    }
}
