package dev.paytriage.pipeline;

import dev.paytriage.complaint.ComplaintFacts;
import dev.paytriage.model.Brands;
import dev.paytriage.model.Currencies;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a transaction fits what the complaint says, and why. A transaction that contradicts a stated
 * fact (another card, an amount that is neither equal nor off by a units factor, outside the time
 * window) is no candidate at all.
 */
final class CandidateScore {
    private static final long[] UNIT_FACTORS = {100, 1_000, 10_000};
    private static final Duration CLOSE = Duration.ofMinutes(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private CandidateScore() {}

    static TransactionFinder.Candidate of(Transaction t, ComplaintFacts f) {
        int score = 0;
        List<String> why = new ArrayList<>();
        if (!f.amounts().isEmpty() && t.amount() != null) {
            int best = 0;
            String reason = null;
            for (ComplaintFacts.Amount a : f.amounts()) {
                boolean sameCurrency = a.currencies().isEmpty() || a.currencies().contains(t.amount().currency())
                        || replaced(t.amount().currency(), a.currencies());
                BigDecimal said = a.value();
                BigDecimal charged = t.amount().major();
                if (sameCurrency && said.compareTo(charged) == 0 && best < 3) {
                    best = 3;
                    reason = "amount " + t.amount().display() + " as stated";
                }
                for (long factor : UNIT_FACTORS) {
                    BigDecimal k = BigDecimal.valueOf(factor);
                    if (sameCurrency && best < 1 && (said.multiply(k).compareTo(charged) == 0 || charged.multiply(k).compareTo(said) == 0)) {
                        best = 1;
                        reason = "amount " + t.amount().display() + " is " + factor + " times off the stated "
                                + said.toPlainString() + " (amount in the wrong units?)";
                    }
                }
            }
            if (best == 0) {
                return null;
            }
            score += best;
            why.add(reason);
        }
        if (f.card() != null) {
            if (t.card() == null || !f.card().last4().equals(t.card().last4())) {
                return null;
            }
            score += 3;
            why.add("card •••• " + t.card().last4());
        }
        if (f.shop() != null && t.shop() != null && f.shop().equalsIgnoreCase(t.shop())) {
            score += 2;
            why.add("shop " + t.shop());
        }
        if (f.when() != null && t.createdAt() != null) {
            if (t.createdAt().isBefore(f.when().from()) || t.createdAt().isAfter(f.when().to())) {
                return null;
            }
            score += 1;
            why.add("made " + WHEN.format(t.createdAt()) + ", in the stated time");
            if (f.when().time() != null && f.when().date() != null) {
                java.time.Instant stated = f.when().from().plus(Duration.between(f.when().from(), f.when().to()).dividedBy(2));
                if (Duration.between(stated, t.createdAt()).abs().compareTo(CLOSE) <= 0) {
                    score += 1;
                    why.add("within 30 minutes of the stated time");
                }
            }
        }
        if (t.card() != null && t.card().brand() != null && f.paymentSystems().stream()
                .anyMatch(s -> Brands.display(s).equalsIgnoreCase(Brands.display(t.card().brand())))) {
            score += 1;
            why.add(Brands.display(t.card().brand()) + " as stated");
        }
        if ("payout".equals(f.type()) && t.type() == TxType.PAYOUT) {
            score += 1;
            why.add("a payout, as stated");
        }
        return new TransactionFinder.Candidate(t, score, why);
    }

    /** BYR charged where the complaint says BYN (or another withdrawn code and its successor). */
    private static boolean replaced(String charged, List<String> said) {
        Currencies.Replacement r = Currencies.withdrawn(charged);
        return r != null && said.contains(r.current());
    }
}
