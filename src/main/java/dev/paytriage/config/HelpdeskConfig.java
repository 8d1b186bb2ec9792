package dev.paytriage.config;

import java.time.Duration;

/**
 * One configured help desk. {@code api_token} comes from the file or, better, from a {@code ${ENV}}
 * reference; it is never accepted as a command-line flag. Zendesk signs in as {@code email} with the
 * token; Usedesk sends the token in each request. {@code user_id} (Usedesk) is the agent a note is
 * written as; without it Usedesk picks the company's first user.
 */
public record HelpdeskConfig(
        String type,
        String baseUrl,
        String email,
        String apiToken,
        String userId,
        String connectTimeout,
        String readTimeout,
        String totalTimeout,
        Integer maxAttempts) {

    public Duration connectTimeoutOrDefault() {
        return Durations.parse(connectTimeout == null ? GatewayConfig.DEFAULT_CONNECT : connectTimeout);
    }

    public Duration readTimeoutOrDefault() {
        return Durations.parse(readTimeout == null ? GatewayConfig.DEFAULT_READ : readTimeout);
    }

    public Duration totalTimeoutOrDefault() {
        return Durations.parse(totalTimeout == null ? GatewayConfig.DEFAULT_TOTAL : totalTimeout);
    }

    public int maxAttemptsOrDefault() {
        return maxAttempts == null ? 3 : maxAttempts;
    }
}
