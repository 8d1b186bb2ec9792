package dev.paytriage.model;

/**
 * The outcome of an anti-fraud or limit engine in front of the acquirer (beProtected, Stripe Radar).
 * {@code owner} says whose rules fired: gateway, merchant or unknown. {@code sentToNetwork} false
 * means the bank never saw the payment.
 */
public record RiskCheck(
        String engine,
        String status,
        String message,
        String owner,
        boolean volumeLimitExceeded,
        boolean blockListed,
        String rule,
        String riskLevel,
        Boolean sentToNetwork) {

    public RiskCheck {
        engine = SafeText.clean(engine);
        status = SafeText.clean(status);
        message = SafeText.clean(message);
        owner = SafeText.clean(owner);
        rule = SafeText.clean(rule);
        riskLevel = SafeText.clean(riskLevel);
    }

    public boolean blocked() {
        return "failed".equals(status) || "blocked".equals(status);
    }
}
