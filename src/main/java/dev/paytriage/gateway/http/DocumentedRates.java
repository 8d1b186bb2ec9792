package dev.paytriage.gateway.http;

import java.util.List;
import java.util.function.Predicate;

/**
 * The request rates a gateway type documents, declared by that type's own package: a limit for all
 * of an account's requests ({@code perSecond}, infinite when none is published) and stricter ones
 * for some endpoints, which count against both (Stripe's Search API).
 */
public record DocumentedRates(double perSecond, List<Endpoint> endpoints) {

    /** No published limit: bulk starts unthrottled (bound only by its concurrency) and learns from 429/503. */
    public static final DocumentedRates NONE = new DocumentedRates(Double.POSITIVE_INFINITY, List.of());

    /** A stricter limit for the requests whose path {@code matches}, e.g. "search" at 20/s. */
    public record Endpoint(String name, double perSecond, Predicate<String> matches) {}

    public static DocumentedRates of(double perSecond, Endpoint... endpoints) {
        return new DocumentedRates(perSecond, List.of(endpoints));
    }

    public boolean known() {
        return Double.isFinite(perSecond);
    }
}
