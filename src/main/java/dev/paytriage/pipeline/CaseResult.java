package dev.paytriage.pipeline;

import dev.paytriage.model.Transaction;
import dev.paytriage.reply.Reply;
import dev.paytriage.triage.Verdict;
import java.util.List;

/**
 * The outcome of one case: the transaction the verdict is about, every attempt found for the
 * reference, the verdict and the reply. {@code transaction} is null when nothing was found.
 */
public record CaseResult(
        CaseQuery query,
        String gatewayName,
        boolean foundByOrder,
        Transaction transaction,
        List<Transaction> attempts,
        Verdict verdict,
        Reply reply) {

    public CaseResult {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }

    public boolean found() {
        return transaction != null;
    }
}
