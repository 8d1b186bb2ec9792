package dev.paytriage.triage;

/** Words for the retry advice of a row, as a next step for the agent. */
final class RetryAdvice {
    private RetryAdvice() {}

    static String text(String retry) {
        return switch (retry) {
            case "never" -> "Do not retry this payment with the same card.";
            case "now" -> "A new attempt can be made right away.";
            case "later" -> "A new attempt may succeed later; do not retry more than a few times.";
            case "after_fix" -> "Retry only after the cause is fixed.";
            case "after_payer_action" -> "Retry after the payer has acted (new details, bank approval).";
            default -> null;
        };
    }
}
