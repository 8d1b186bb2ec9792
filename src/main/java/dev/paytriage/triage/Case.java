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
 * order, the shop's recent transactions where the gateway could list them, and what the complaint says.
 */
public record Case(
        Transaction transaction,
        List<Transaction> sameOrder,
        List<Transaction> shopRecent,
        Topic topic,
        Audience audience,
        Money claimedAmount,
        Instant now) {

    public Case {
        sameOrder = sameOrder == null ? List.of() : List.copyOf(sameOrder);
        shopRecent = shopRecent == null ? List.of() : List.copyOf(shopRecent);
        audience = audience == null ? Audience.PAYER : audience;
        now = now == null ? Instant.now() : now;
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
