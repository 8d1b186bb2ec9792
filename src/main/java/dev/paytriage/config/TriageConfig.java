package dev.paytriage.config;

import com.fasterxml.jackson.databind.JsonNode;

/** Local additions to the decision tables: {namespace: {code: row}}, e.g. a gateway's private codes. */
public record TriageConfig(JsonNode overrides, Integer manyCardsThreshold, String manyCardsWindow) {}
