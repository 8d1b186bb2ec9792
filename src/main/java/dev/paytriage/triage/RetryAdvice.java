package dev.paytriage.triage;

/** Words for the retry advice of a row, as a next step for the agent. */
final class RetryAdvice {
    private RetryAdvice() {}

    /**
     * "never" means something else for a payment that went through (do not pay twice) and one whose
     * outcome is not known yet (wait for it) than for a decline (not with this card).
     */
    static String text(String retry, dev.paytriage.model.TxStatus status) {
        if ("never".equals(retry)) {
            switch (status) {
                case SUCCESSFUL:
                    return "The payment went through: nobody should pay for this order again.";
                case PENDING:
                case UNKNOWN:
                case INCOMPLETE:
                    return "Nobody should pay for this order again until this payment's final status is known.";
                default:
                    break;
            }
        }
        return text(retry);
    }

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
