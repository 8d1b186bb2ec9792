package dev.paytriage.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in YAML and on the command line: 500ms, 5s, 2m, 1h. Any text gives
 * a Duration in the range asked for or an IllegalArgumentException with the one line to show — never
 * an overflow, however many digits.
 */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d{1,30})\\s*(ms|s|m|h)");
    /** Digits beyond this are past any range we accept; parsing them would only overflow. */
    private static final int MAX_DIGITS = 12;

    private Durations() {}

    /** A duration from 1 ms to 7 days. */
    public static Duration parse(String text) {
        return parse(text, Limits.MIN_TIMEOUT, Limits.MAX_WINDOW);
    }

    /** A duration from {@code min} to {@code max}, both included. */
    public static Duration parse(String text, Duration min, Duration max) {
        String t = text == null ? "" : text.trim();
        Matcher m = t.length() > 40 ? null : FORM.matcher(t);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + shorten(t) + "' is not a duration like 500ms, 5s, 2m or 1h");
        }
        String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
        Duration d = null;
        if (digits.length() <= MAX_DIGITS) {
            long n = Long.parseLong(digits);
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("is " + t + ": give a time from " + show(min) + " to " + show(max));
        }
        return d;
    }

    /** "500ms", "5s", "2m", "168h": the shortest way to write it in the units accepted. */
    public static String show(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private static String shorten(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
