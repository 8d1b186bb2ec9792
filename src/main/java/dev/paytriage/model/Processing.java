package dev.paytriage.model;

/**
 * What the card network recorded for the payment: references a bank can trace it by, the route it
 * took, and the card checks. {@code cvcCheck} and {@code avsCheck} are pass|fail|partial|unavailable|unchecked.
 * {@code route} is the gateway's id of the acquirer connection used (beGateway's gateway_id).
 */
public record Processing(String rrn, String authCode, String networkTransactionId, String route, String cvcCheck,
        String avsCheck) {

    public Processing {
        rrn = SafeText.clean(rrn);
        authCode = SafeText.clean(authCode);
        networkTransactionId = SafeText.clean(networkTransactionId);
        route = SafeText.clean(route);
        cvcCheck = SafeText.clean(cvcCheck);
        avsCheck = SafeText.clean(avsCheck);
    }

    /** The record, or null when the gateway said nothing of this. */
    public static Processing of(String rrn, String authCode, String networkTransactionId, String route,
            String cvcCheck, String avsCheck) {
        if (rrn == null && authCode == null && networkTransactionId == null && route == null && cvcCheck == null
                && avsCheck == null) {
            return null;
        }
        return new Processing(rrn, authCode, networkTransactionId, route, cvcCheck, avsCheck);
    }
}
