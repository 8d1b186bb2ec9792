package dev.paytriage.triage;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Money;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.time.Instant;
import java.util.List;

/**
 * Everything triage looks at: the transaction the complaint is about, the other attempts of the same
 * order, the shop's recent transactions where the gateway could list them, and what the complaint says:
 * its topic, and {@code said}, what it states happened (complaint/statements.yaml's fact names, e.g.
 * fee_question).
 */
public record Case(
        Transaction transaction,
        List<Transaction> sameOrder,
        List<Transaction> shopRecent,
        Topic topic,
        Audience audience,
        Money claimedAmount,
        Instant now,
        java.util.Set<String> said) {

    public Case {
        said = said == null ? java.util.Set.of() : java.util.Set.copyOf(said);
        sameOrder = sameOrder == null ? List.of() : List.copyOf(sameOrder);
        shopRecent = shopRecent == null ? List.of() : List.copyOf(shopRecent);
        audience = audience == null ? Audience.PAYER : audience;
        now = now == null ? Instant.now() : now;
    }

    /** A case whose complaint states nothing beyond its topic (check, bulk rows without text). */
    public Case(Transaction transaction, List<Transaction> sameOrder, List<Transaction> shopRecent, Topic topic,
            Audience audience, Money claimedAmount, Instant now) {
        this(transaction, sameOrder, shopRecent, topic, audience, claimedAmount, now, null);
    }

    public static Case of(Transaction tx, Topic topic, Audience audience) {
        return new Case(tx, List.of(), List.of(), topic, audience, null, null);
    }

    /** The topic given, or the contract's default: payment_failed for a failed transaction, else other. */
    public Topic effectiveTopic() {
        if (topic != null) {
            return topic;
        }
        TxStatus s = transaction.status();
        return s == TxStatus.SUCCESSFUL ? Topic.OTHER : Topic.PAYMENT_FAILED;
    }
}
