package dev.paytriage.triage;

/** Status vs complaint: whether the acquirer has settled the payment to the merchant. */
final class Settlement implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        if (c.transaction().settledAt() != null) {
            f.put("settled", "the gateway shows the payment as settled at " + c.transaction().settledAt());
        }
    }
}
