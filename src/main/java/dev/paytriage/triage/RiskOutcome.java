package dev.paytriage.triage;

import dev.paytriage.model.RiskCheck;

/**
 * The gateway's own outcome: an anti-fraud or limit engine in front of the acquirer stopped the
 * payment, and whose rule it was — the gateway's engine, the merchant's own rules, or a volume limit.
 */
final class RiskOutcome implements FactSource {
    @Override
    public void collect(Case c, Facts.Builder f) {
        RiskCheck risk = c.transaction().risk();
        if (risk == null) {
            return;
        }
        if (risk.blocked()) {
            f.put("risk_blocked", "the " + risk.engine() + " anti-fraud check " + risk.status()
                    + (risk.message() == null ? "" : " (\"" + risk.message() + "\")"));
            if (risk.volumeLimitExceeded()) {
                f.put("risk_volume_limit", "the " + risk.engine()
                        + " limit check says the shop's volume limit is exceeded");
            }
            if (risk.blockListed()) {
                f.put("risk_block_list", "a value of this payment (card, e-mail or IP) is on the shop's block list");
            }
            if ("merchant".equals(risk.owner())) {
                f.put("risk_owner_merchant", "the rule that fired belongs to the shop"
                        + (risk.rule() == null ? "" : ": " + risk.rule()));
            }
            if ("gateway".equals(risk.owner())) {
                f.put("risk_owner_gateway", "the rule that fired is the gateway's own"
                        + (risk.riskLevel() == null ? "" : " (risk level " + risk.riskLevel() + ")"));
            }
        }
        if (Boolean.FALSE.equals(risk.sentToNetwork())) {
            f.put("not_sent_to_network", "the payment was never sent to the card network, so the issuer never saw it");
        }
    }
}
