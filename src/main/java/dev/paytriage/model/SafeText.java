package dev.paytriage.model;

import java.util.regex.Pattern;

/**
 * Text that came from outside (gateway messages, complaint text, shop names) made safe to show:
 * terminal escape sequences and other control characters removed, full card numbers masked.
 */
public final class SafeText {
    // CSI/OSC/other ESC sequences, then any remaining C0/C1 control except tab and newline.
    private static final Pattern ESCAPES = Pattern.compile(
            "\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)|\\u001B[@-Z\\\\-_]|\\u009B[0-?]*[ -/]*[@-~]");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])\\d(?:[ \\-\\u00a0]?\\d){12,18}(?![\\d])");

    private SafeText() {}

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String noEsc = ESCAPES.matcher(s).replaceAll("");
        return maskPans(CONTROLS.matcher(noEsc).replaceAll(""));
    }

    /** Masks every Luhn-valid 13–19 digit sequence (spaces or dashes allowed), keeping BIN and last four. */
    public static String maskPans(String s) {
        if (s == null) {
            return null;
        }
        var m = DIGIT_RUN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replaceAll("[^0-9]", "");
            String replacement = luhn(digits)
                    ? digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4)
                    : m.group();
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
