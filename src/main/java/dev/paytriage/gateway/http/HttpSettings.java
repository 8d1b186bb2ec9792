package dev.paytriage.gateway.http;

import dev.paytriage.config.GatewayConfig;
import dev.paytriage.config.Rate;
import dev.paytriage.gateway.Gateways;
import java.time.Duration;
import java.util.List;

/**
 * Time limits, retry budget and rate of one gateway: per-attempt connect and read timeouts, the whole
 * call (retries and waits included) bounded by {@code total}, at most {@code maxAttempts} GETs, and
 * the {@code rate:} bulk paces its requests by.
 */
public record HttpSettings(Duration connect, Duration read, Duration total, int maxAttempts, Duration backoffBase,
        Duration backoffCap, Rate rate) {

    public HttpSettings(Duration connect, Duration read, Duration total, int maxAttempts, Duration backoffBase,
            Duration backoffCap) {
        this(connect, read, total, maxAttempts, backoffBase, backoffCap, Rate.AUTO);
    }

    public static final int MAX_ATTEMPTS_LIMIT = 10;
    static final Duration BACKOFF_BASE = Duration.ofMillis(250);
    static final Duration BACKOFF_CAP = Duration.ofSeconds(8);

    /** The gateway's settings, with defaults; a value out of range is a configuration error naming its key. */
    public static HttpSettings of(String name, GatewayConfig c, Gateways.Context ctx) {
        int attempts = c.maxAttemptsOrDefault();
        if (attempts < 1 || attempts > MAX_ATTEMPTS_LIMIT) {
            throw ctx.problem(List.of("gateways", name, "max_attempts"), "is " + attempts
                    + ": give a number from 1 (no retries) to " + MAX_ATTEMPTS_LIMIT);
        }
        Duration connect = positive(name, "connect_timeout", c.connectTimeoutOrDefault(), ctx);
        Duration read = positive(name, "read_timeout", c.readTimeoutOrDefault(), ctx);
        Duration total = positive(name, "total_timeout", c.totalTimeoutOrDefault(), ctx);
        return new HttpSettings(connect, read, total, attempts, BACKOFF_BASE, BACKOFF_CAP, c.rateOrDefault());
    }

    /** Settings checked elsewhere (a help desk's, validated when the config loads), with the usual backoff. */
    public static HttpSettings of(Duration connect, Duration read, Duration total, int maxAttempts) {
        return new HttpSettings(connect, read, total, maxAttempts, BACKOFF_BASE, BACKOFF_CAP);
    }

    private static Duration positive(String name, String key, Duration d, Gateways.Context ctx) {
        if (d.isZero() || d.isNegative()) {
            throw ctx.problem(List.of("gateways", name, key), "is 0: give a time such as 5s");
        }
        return d;
    }

    /** "2s", "1500ms": how a duration reads in a message. */
    public static String show(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
