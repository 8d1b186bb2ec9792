package dev.paytriage.gateway.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date (IMF-fixdate, or
 * the obsolete RFC 850 and asctime forms a recipient must still accept). Any value reads without an
 * exception: ten billion seconds or a date in the year 9999 is a long wait, which the caller compares
 * with what is left of total_timeout — it never waits longer than that.
 */
public final class RetryAfter {
    /** Longer waits read as this: still a Duration that arithmetic cannot overflow (about 31 billion years). */
    static final Duration LONGEST = Duration.ofSeconds(999_999_999_999_999_999L);
    // The obsolete forms without their weekday, which is redundant and, with a two-digit year, cannot be checked.
    private static final DateTimeFormatter RFC_850 = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'",
            Locale.ROOT);
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy", Locale.ROOT);

    private RetryAfter() {}

    /** How long the server asks us to wait, from {@code now}; null when absent or unreadable. */
    public static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String digits = v.replaceFirst("^0+(?=\\d)", "");
            return digits.length() > 18 ? LONGEST : Duration.ofSeconds(Long.parseLong(digits));
        }
        Instant at = date(v, now);
        if (at == null) {
            return null;
        }
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Instant date(String v, Instant now) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notImf) {
            // the obsolete forms below
        }
        try {
            LocalDateTime t = LocalDateTime.parse(v.substring(v.indexOf(',') + 1).trim(), RFC_850);
            // A two-digit year more than 50 years ahead is the past century's (RFC 9110 §5.6.7).
            if (t.getYear() > LocalDateTime.ofInstant(now, ZoneOffset.UTC).getYear() + 50) {
                t = t.minusYears(100);
            }
            return t.toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notRfc850) {
            // asctime below
        }
        try {
            return LocalDateTime.parse(v.substring(v.indexOf(' ') + 1).trim(), ASCTIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
