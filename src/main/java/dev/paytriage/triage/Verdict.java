package dev.paytriage.triage;

import dev.paytriage.model.Confidence;
import dev.paytriage.model.LimitKind;
import dev.paytriage.model.Party;
import java.util.List;

/**
 * Who is responsible and why, with the facts that show it.
 *
 * @param reason     stable snake_case reason, e.g. insufficient_funds
 * @param family     the reply-template family that explains this reason
 * @param retry      never | now | later | after_fix | after_payer_action
 * @param confidential fraud/lost/stolen/block-list: the payer only ever hears a generic decline
 * @param matched    the rule or table row that decided, e.g. "code begateway:F.0114"
 */
public record Verdict(
        Party party,
        LimitKind limit,
        String reason,
        Confidence confidence,
        String summary,
        List<String> evidence,
        List<String> nextSteps,
        String family,
        String retry,
        boolean confidential,
        String matched) {

    public Verdict {
        evidence = List.copyOf(evidence);
        nextSteps = List.copyOf(nextSteps);
    }
}
