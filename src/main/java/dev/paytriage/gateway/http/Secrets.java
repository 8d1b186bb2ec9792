package dev.paytriage.gateway.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.model.Redact;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret values of one gateway (keys, passwords, tokens, the Basic credentials they encode to,
 * a password in base_url, a key in a URL template's query) and a scrubber that replaces any of them
 * in text before it is logged, shown or parsed — also where the text writes them JSON-escaped
 * ({@code \u0073k_…}, {@code \/}) or percent-encoded, and in decoded JSON. A defence in depth:
 * nothing should echo them, but a gateway's error message might.
 */
public final class Secrets {
    /** Shorter values are no secret a gateway would issue; 4 to 7 characters are matched as whole words only. */
    private static final int MIN_LENGTH = 4;
    private static final int WHOLE_WORD_BELOW = 8;
    /** Query parameter names that carry a credential. */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(key|token|secret|pass|pwd|sig|signature|auth|credential|session).*");
    private static final Pattern USER_INFO = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/?#@]*)@");
    private static final Pattern QUERY_PAIR = Pattern.compile("[?&]([^=&#]+)=([^&#]*)");

    private final List<String> values;

    private Secrets(List<String> values) {
        // Longest first, so a secret containing another is replaced whole.
        this.values = values.stream().distinct().sorted((a, b) -> b.length() - a.length()).toList();
    }

    public static Secrets of(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && v.strip().length() >= MIN_LENGTH) {
                out.add(v.strip());
            }
        }
        return new Secrets(out);
    }

    /** Also knows {@code user:password} as HTTP Basic encodes it. */
    public Secrets withBasic(String user, String password) {
        if (user == null || password == null) {
            return this;
        }
        return plus(basicToken(user, password));
    }

    /**
     * Also knows what a URL (or URL template) holds: the password of its user-info, and the values of
     * query parameters named like a credential ({@code api_key=…}, {@code token=…}).
     */
    public Secrets withUrl(String url) {
        if (url == null) {
            return this;
        }
        List<String> found = new ArrayList<>();
        Matcher u = USER_INFO.matcher(url);
        if (u.find()) {
            String info = u.group(1);
            int colon = info.indexOf(':');
            if (colon >= 0) {
                found.add(info.substring(colon + 1));
                found.add(decode(info.substring(colon + 1)));
                found.add(basicToken(decode(info.substring(0, colon)), decode(info.substring(colon + 1))));
            }
        }
        Matcher q = QUERY_PAIR.matcher(url);
        while (q.find()) {
            String value = q.group(2);
            if (SECRET_NAME.matcher(decode(q.group(1))).matches() && !value.contains("{id}")) {
                found.add(value);
                found.add(decode(value));
            }
        }
        return plus(found.toArray(String[]::new));
    }

    private Secrets plus(String... more) {
        List<String> all = new ArrayList<>(values);
        all.addAll(List.of(more));
        return of(all.toArray(String[]::new));
    }

    public static String basicToken(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The text with every secret replaced by [redacted], as written or JSON-escaped or percent-encoded. */
    public String scrub(String text) {
        if (text == null || values.isEmpty() || text.isEmpty()) {
            return text;
        }
        boolean[] hidden = new boolean[text.length()];
        boolean any = mark(Decoded.identity(text), hidden);
        if (text.indexOf('\\') >= 0) {
            any |= mark(Decoded.jsonEscapes(text), hidden);
        }
        if (text.indexOf('%') >= 0) {
            any |= mark(Decoded.percent(text), hidden);
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!hidden[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !hidden[i - 1]) {
                out.append(Redact.MASK);
            }
        }
        return out.toString();
    }

    /** A copy of decoded JSON with every secret scrubbed from its keys and values. */
    public JsonNode scrub(JsonNode node) {
        return values.isEmpty() ? node : Redact.map(node, this::scrub);
    }

    private boolean mark(Decoded view, boolean[] hidden) {
        boolean any = false;
        String t = view.text();
        for (String v : values) {
            for (int at = t.indexOf(v); at >= 0; at = t.indexOf(v, at + 1)) {
                if (v.length() < WHOLE_WORD_BELOW && !(boundary(t, at - 1) && boundary(t, at + v.length()))) {
                    continue;
                }
                for (int i = view.start(at); i < view.end(at + v.length() - 1); i++) {
                    hidden[i] = true;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean boundary(String t, int i) {
        return i < 0 || i >= t.length() || !Character.isLetterOrDigit(t.charAt(i));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** For tests: every value this gateway must never print. */
    public List<String> values() {
        return values;
    }
}
