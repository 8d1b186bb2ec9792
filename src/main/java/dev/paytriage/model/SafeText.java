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
    // Runs of digits with single separators, at least 13 digits long; maskRun finds the card numbers inside.
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])\\d(?:[ \\-\\u00a0]?\\d){12,}(?![\\d])");
    private static final Pattern GROUP = Pattern.compile("[ \\-\\u00a0]?\\d+");

    private SafeText() {}

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String noEsc = ESCAPES.matcher(s).replaceAll("");
        return maskPans(CONTROLS.matcher(noEsc).replaceAll(""));
    }

    /**
     * Masks every Luhn-valid 13–19 digit sequence (spaces or dashes allowed), keeping BIN and last
     * four. A card number glued to another number ("4111 1111 1111 1111 2026") is still found: within a
     * longer run of digit groups, the longest Luhn-valid stretch of whole groups is masked.
     */
    public static String maskPans(String s) {
        if (s == null) {
            return null;
        }
        var m = DIGIT_RUN.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(maskRun(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The masked form of a card number: BIN, stars, last four. */
    public static String maskedPan(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    private static String maskRun(String run) {
        String all = run.replaceAll("[^0-9]", "");
        if (luhn(all)) {
            return maskedPan(all);
        }
        // Groups as written ("4111", " 1111", …); an unbroken run is tried as its head and tail.
        java.util.List<String> groups = new java.util.ArrayList<>();
        var g = GROUP.matcher(run);
        while (g.find()) {
            groups.add(g.group());
        }
        if (groups.size() == 1) {
            // An unbroken run of 13–19 digits is a card only as a whole (a window of an order id would
            // pass Luhn one time in ten); a longer one may be a card with digits glued on.
            if (all.length() <= 19) {
                return run;
            }
            for (int len = 19; len >= 13; len--) {
                if (luhn(all.substring(0, len))) {
                    return maskedPan(all.substring(0, len)) + all.substring(len);
                }
                if (luhn(all.substring(all.length() - len))) {
                    return all.substring(0, all.length() - len) + maskedPan(all.substring(all.length() - len));
                }
            }
            return run;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < groups.size()) {
            int end = -1;
            StringBuilder digits = new StringBuilder();
            String best = null;
            for (int j = i; j < groups.size() && digits.length() <= 19; j++) {
                digits.append(groups.get(j).replaceAll("[^0-9]", ""));
                if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits.toString())) {
                    end = j;
                    best = digits.toString();
                }
            }
            if (end < 0) {
                out.append(groups.get(i));
                i++;
            } else {
                String lead = groups.get(i).replaceAll("[0-9]", "");
                out.append(lead).append(maskedPan(best));
                i = end + 1;
            }
        }
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
