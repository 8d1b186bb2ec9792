package dev.paytriage.triage;

/** Request sanity: the payment was made with the shop's test keys or test terminal. */
final class TestMode implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        if (c.transaction().test()) {
            f.put("test_mode", "the transaction was made in test mode, so no real money moved");
        }
    }
}
