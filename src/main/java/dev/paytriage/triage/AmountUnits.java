package dev.paytriage.triage;

import dev.paytriage.model.Currencies;
import dev.paytriage.model.Money;
import java.math.BigDecimal;

/**
 * Detects an amount sent in the wrong units: the complaint's amount and the transaction's differ by
 * exactly 100, 10 000 (BYR→BYN) or 10^exponent — the classic shop-module conversion bugs.
 */
final class AmountUnits implements FactSource {
    private static final long[] FACTORS = {100, 1_000, 10_000};

    @Override
    public void collect(Case c, Facts.Builder f) {
        String units = mismatch(c.claimedAmount(), c.transaction().amount());
        if (units != null) {
            f.put("amount_units_mismatch", units);
        }
    }

    static String mismatch(Money claimed, Money charged) {
        if (claimed == null || charged == null || claimed.minor() == 0 || charged.minor() == 0) {
            return null;
        }
        BigDecimal said = claimed.major();
        BigDecimal sent = charged.major();
        if (Currencies.withdrawn(charged.currency()) != null && claimed.currency().equals(
                Currencies.withdrawn(charged.currency()).current())) {
            sent = sent.divide(BigDecimal.valueOf(Currencies.withdrawn(charged.currency()).factor()));
        } else if (!claimed.currency().equals(charged.currency())) {
            return null;
        }
        if (said.compareTo(sent) == 0) {
            return null;
        }
        for (long f : FACTORS) {
            BigDecimal factor = BigDecimal.valueOf(f);
            if (said.multiply(factor).compareTo(sent) == 0 || sent.multiply(factor).compareTo(said) == 0) {
                return "the complaint says " + claimed.display() + " but the gateway received " + charged.display()
                        + ": a factor of " + f + ", the mark of an amount sent in the wrong units";
            }
        }
        return null;
    }
}
