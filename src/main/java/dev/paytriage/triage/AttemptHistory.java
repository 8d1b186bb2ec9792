package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.util.List;

/** Status vs complaint: earlier attempts of the same order failed before this one succeeded. */
final class AttemptHistory implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        List<Transaction> failed = c.sameOrder().stream()
                .filter(o -> !o.id().equals(tx.id()) && o.status().isFinalFailure()).toList();
        if (!failed.isEmpty() && tx.status() == TxStatus.SUCCESSFUL) {
            f.put("earlier_attempt_failed", failed.size()
                    + " earlier attempt(s) for this order failed; this one succeeded");
            failed.stream().filter(AttemptHistory::mayHold).findFirst().ifPresent(o -> f.put("failed_attempt_may_hold",
                    "attempt " + o.id() + " failed without a decline by the card's bank ("
                    + (o.decline() == null || o.decline().code() == null ? "no code" : o.decline().code())
                    + "): its amount may still be held on the card"));
        }
    }

    /**
     * A failed attempt whose amount the payer's bank may still hold: one that ended in an error or an unknown
     * state after the card was approached. An issuer's decline (insufficient funds, do not honour…) never
     * held anything.
     */
    static boolean mayHold(Transaction o) {
        if (o.status() == TxStatus.ERROR || o.decline() == null) {
            return true;
        }
        String code = o.decline().code();
        return "gateway".equals(o.decline().source()) || code == null
                || code.matches("(?i)F\\.099[79]|P\\.9999|E\\.\\d{4}|9[16]|68");
    }
}
