package dev.paytriage.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * One configured gateway. Secrets (secret_key, api_key) come from the file or, better, from
 * {@code ${ENV}} references; they are never accepted as command-line flags.
 */
public record GatewayConfig(
        String type,
        String baseUrl,
        String shopId,
        String secretKey,
        String apiKey,
        String apiVersion,
        String orderKey,
        String shopName,
        String connectTimeout,
        String readTimeout,
        String totalTimeout,
        Integer maxAttempts,
        Integer concurrency,
        Rate rate,
        JsonNode rest) {

    public static final String DEFAULT_CONNECT = "5s";
    public static final String DEFAULT_READ = "15s";
    public static final String DEFAULT_TOTAL = "30s";

    public Duration connectTimeoutOrDefault() {
        return timeout(connectTimeout, DEFAULT_CONNECT);
    }

    public Duration readTimeoutOrDefault() {
        return timeout(readTimeout, DEFAULT_READ);
    }

    public Duration totalTimeoutOrDefault() {
        return timeout(totalTimeout, DEFAULT_TOTAL);
    }

    private static Duration timeout(String value, String fallback) {
        return Durations.parse(value == null ? fallback : value, Limits.MIN_TIMEOUT, Limits.MAX_TIMEOUT);
    }

    public int maxAttemptsOrDefault() {
        return maxAttempts == null ? 3 : maxAttempts;
    }

    public int concurrencyOrDefault() {
        return concurrency == null ? 4 : concurrency;
    }

    /** {@code auto} unless a number is set: bulk learns the gateway's limit rather than guessing one. */
    public Rate rateOrDefault() {
        return rate == null ? Rate.AUTO : rate;
    }
}
