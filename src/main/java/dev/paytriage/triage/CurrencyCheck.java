package dev.paytriage.triage;

import dev.paytriage.model.Currencies;
import dev.paytriage.model.Money;

/** Request sanity: a withdrawn ISO 4217 code (BYR, RUR, LTL …) or a code that is not ISO 4217 at all. */
final class CurrencyCheck implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        Money amount = c.transaction().amount();
        if (amount == null) {
            return;
        }
        Currencies.Replacement r = Currencies.withdrawn(amount.currency());
        if (r != null) {
            f.put("withdrawn_currency", "the request used currency " + r.withdrawn() + ", withdrawn on " + r.since()
                    + " and replaced by " + r.current()
                    + (r.factor() > 0 ? " (1 " + r.current() + " = " + r.factor() + " " + r.withdrawn() + ")" : ""));
        } else if (!Currencies.isKnown(amount.currency())) {
            f.put("unknown_currency", "the request used currency code '" + amount.currency()
                    + "', which is not an ISO 4217 code");
        }
    }
}
