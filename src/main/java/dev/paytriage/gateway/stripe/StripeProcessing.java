package dev.paytriage.gateway.stripe;

import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.model.Processing;

/** A Stripe charge's card references and checks (payment_method_details.card), normalised. */
final class StripeProcessing {
    private StripeProcessing() {}

    /** Authorisation code, network transaction id and the card checks of a charge's card details. */
    static Processing of(JsonNode card) {
        if (card == null) {
            return null;
        }
        JsonNode checks = obj(card, "checks");
        return Processing.of(null, text(card, "authorization_code"), text(card, "network_transaction_id"), null,
                check(text(checks, "cvc_check")),
                avs(text(checks, "address_line1_check"), text(checks, "address_postal_code_check")));
    }

    /** Stripe reports pass, fail, unavailable or unchecked per check. */
    private static String check(String value) {
        return value == null ? null : switch (value) {
            case "pass", "fail", "unavailable", "unchecked" -> value;
            default -> "unavailable";
        };
    }

    private static String avs(String line1, String postalCode) {
        String a = check(line1);
        String b = check(postalCode);
        if (a == null || b == null || a.equals(b)) {
            return a != null ? a : b;
        }
        if ("pass".equals(a) || "pass".equals(b)) {
            return "fail".equals(a) || "fail".equals(b) ? "partial" : "pass";
        }
        return "fail".equals(a) || "fail".equals(b) ? "fail" : "unavailable";
    }
}
