package dev.paytriage.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A gateway's {@code rate:}: {@code auto} (learn the gateway's limit: start at its documented one,
 * back off when it says 429/503, climb back when it stops) or a number of requests per second that
 * the run never exceeds (it still backs off below it when the gateway asks).
 */
public record Rate(Double cap) {
    public static final Rate AUTO = new Rate(null);

    public boolean isAuto() {
        return cap == null;
    }

    /** From the config file: {@code auto}, a number, or a number written as text ("10"). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Rate read(Object value) {
        if (value instanceof Number n) {
            return new Rate(n.doubleValue());
        }
        if (value instanceof String s) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            if (v.equals("auto")) {
                return AUTO;
            }
            try {
                return new Rate(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                // said below
            }
        }
        throw new IllegalArgumentException("is '" + value + "': give auto (the default: find the gateway's limit) or "
                + "requests per second, from " + Limits.MIN_RATE + " to " + (int) Limits.MAX_RATE);
    }

    @JsonValue
    Object written() {
        return cap == null ? "auto" : cap;
    }

    @Override
    public String toString() {
        return cap == null ? "auto" : Limits.plain(cap);
    }
}
