package dev.paytriage.gateway.begateway;

import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.model.Processing;
import java.util.Locale;

/** beGateway's bank references (the type-named section) and AVS/CVC result codes, normalised. */
final class BeGatewayProcessing {
    private BeGatewayProcessing() {}

    /** RRN, auth code and acquirer connection from the bank section; the AVS/CVC results normalised. */
    static Processing of(JsonNode section, JsonNode avsCvc) {
        JsonNode avs = obj(avsCvc, "avs_verification");
        JsonNode cvc = obj(avsCvc, "cvc_verification");
        return Processing.of(text(section, "rrn"), text(section, "auth_code"), null, text(section, "gateway_id"),
                cvcCheck(text(cvc, "result_code")), avsCheck(text(avs, "result_code")));
    }

    /** bePaid CVC result codes (docs.bepaid.by/en/antifrauds/avs_cvc/): M matches; N, D do not. */
    static String cvcCheck(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "M" -> "pass";
            case "N", "D" -> "fail";
            default -> "unavailable";
        };
    }

    /** bePaid AVS result codes: M (and AE6) all match; N, O nothing matches; A, B, P, W, AE* in part. */
    static String avsCheck(String code) {
        if (code == null) {
            return null;
        }
        String c = code.toUpperCase(Locale.ROOT);
        return switch (c) {
            case "M", "AE6" -> "pass";
            case "N", "O" -> "fail";
            case "A", "B", "P", "W" -> "partial";
            default -> c.startsWith("AE") ? "partial" : "unavailable";
        };
    }
}
