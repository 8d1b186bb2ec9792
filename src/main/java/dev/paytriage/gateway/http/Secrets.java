package dev.paytriage.gateway.http;

import dev.paytriage.output.Redact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The secret values of one gateway (keys, passwords, tokens, and the Basic credentials they encode
 * to) and a scrubber that replaces any of them in text before it is logged, shown or parsed.
 * A defence in depth: nothing should echo them, but a gateway's error message might.
 */
public final class Secrets {
    /** Shorter values would match ordinary words in a body (and are no real secret anyway). */
    private static final int MIN_LENGTH = 8;

    private final List<String> values;

    private Secrets(List<String> values) {
        // Longest first, so a secret containing another is replaced whole.
        this.values = values.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    public static Secrets of(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && v.length() >= MIN_LENGTH) {
                out.add(v);
            }
        }
        return new Secrets(out);
    }

    /** Also knows {@code user:password} as HTTP Basic encodes it. */
    public Secrets withBasic(String user, String password) {
        if (user == null || password == null) {
            return this;
        }
        List<String> all = new ArrayList<>(values);
        all.add(basicToken(user, password));
        return of(all.toArray(String[]::new));
    }

    public static String basicToken(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String scrub(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        String out = text;
        for (String v : values) {
            if (out.contains(v)) {
                out = out.replace(v, Redact.MASK);
            }
        }
        return out;
    }

    /** For tests: every value this gateway must never print. */
    public List<String> values() {
        return values;
    }
}
