package dev.paytriage.gateway.stripe;

import dev.paytriage.gateway.http.DocumentedRates;

/**
 * Stripe's published rate limits, where bulk starts pacing a Stripe gateway (docs.stripe.com/rate-limits):
 * 100 read operations per second in live mode, 25 in test mode (a sandbox), and the Search API 20 per
 * second, which also counts against the first. The mode is the key's: {@code sk_test_}/{@code rk_test_}.
 *
 * <p>Newer versions of that page add a default of 25 requests per second per endpoint; a live run
 * that meets it is throttled and settles there by itself (see {@code Pacer}).
 */
final class StripeRates {
    static final double LIVE = 100;
    static final double TEST = 25;
    static final double SEARCH = 20;

    private StripeRates() {}

    static DocumentedRates of(String apiKey) {
        return DocumentedRates.of(testMode(apiKey) ? TEST : LIVE,
                new DocumentedRates.Endpoint("search", SEARCH, path -> path.endsWith("/search")));
    }

    static boolean testMode(String apiKey) {
        return apiKey != null && (apiKey.startsWith("sk_test_") || apiKey.startsWith("rk_test_"));
    }
}
