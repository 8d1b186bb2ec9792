package dev.paytriage.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Local additions to triage: {@code overrides} is {namespace: {code: row}} (a gateway's private codes, a
 * merchant's known quirks); the many-cards threshold and window; the acquirers' business hours and
 * time zone; and {@code acquirers}, the acquirer behind each gateway connection id with how to reach it.
 */
public record TriageConfig(JsonNode overrides, Integer manyCardsThreshold, String manyCardsWindow,
        String businessHours, String timeZone, Map<String, String> acquirers) {

    public TriageConfig(JsonNode overrides, Integer manyCardsThreshold, String manyCardsWindow) {
        this(overrides, manyCardsThreshold, manyCardsWindow, null, null, null);
    }
}
