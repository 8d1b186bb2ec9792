package dev.paytriage.config;

import java.time.Duration;

/**
 * The ranges a value may take, wherever it is read (config file or command line), so that no value
 * overflows a clock, waits for days or runs nothing: a time limit past ten minutes, a rate slower
 * than a request every ten seconds or zero workers is a typo, not a choice.
 */
public final class Limits {
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(1);
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration MIN_WINDOW = Duration.ofMinutes(1);
    public static final Duration MAX_WINDOW = Duration.ofDays(7);
    public static final int MAX_CONCURRENCY = 64;
    public static final double MIN_RATE = 0.1;
    public static final double MAX_RATE = 1000;
    public static final int MAX_ATTEMPTS = 10;
    /** A config file is a few kilobytes; these stop a pasted blob before the YAML parser (quadratic on long lines) sees it. */
    public static final long MAX_CONFIG_BYTES = 1 << 20;
    public static final int MAX_CONFIG_LINE = 10_000;

    private Limits() {}

    public static boolean rateOk(double r) {
        return r >= MIN_RATE && r <= MAX_RATE;
    }

    /** A number as a person wrote it: -1, 0.000001 — not -1.0 or 1.0E-6. */
    public static String plain(double d) {
        return Double.isFinite(d) ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : String.valueOf(d);
    }
}
