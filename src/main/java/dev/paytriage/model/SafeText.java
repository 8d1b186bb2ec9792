package dev.paytriage.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one gate for text from outside (gateway answers, complaint text, CSV/JSONL cells, command-line
 * values): {@link #clean} strips terminal escapes and controls and masks every card number, once, where
 * the text enters the model. {@link #forTerminal} is the final guard on bytes bound for a terminal,
 * stdout or stderr. Both run in time linear in the text's length, on any input.
 */
public final class SafeText {
    /** A card number as this tool masks it: BIN, stars, last four. */
    private static final Pattern MASKED = Pattern.compile("\\d{6}\\*{3,9}\\d{4}");

    private SafeText() {}

    /** Outside text made safe to keep and show: no escape, no control but newline and tab, no card number. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        return maskPans(Controls.strip(s, false));
    }

    /**
     * The last guard before a terminal, stdout or stderr: as {@link #clean}, keeping only the tool's own
     * colour sequences (SGR), which cannot move the cursor, retitle the window or reach the clipboard.
     */
    public static String forTerminal(String s) {
        if (s == null) {
            return null;
        }
        return maskPans(Controls.strip(s, true));
    }

    /**
     * Masks every card number, in any of the forms {@link PanScanner} reads, keeping BIN and last four.
     * A card number glued to another number ("4111 1111 1111 1111 2026") is still found.
     */
    public static String maskPans(String s) {
        if (s == null) {
            return null;
        }
        List<PanScanner.Span> spans = PanScanner.scan(s);
        if (spans.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int at = 0;
        for (PanScanner.Span span : spans) {
            out.append(s, at, span.start()).append(span.masked());
            at = span.end();
        }
        return out.append(s, at, s.length()).toString();
    }

    /** Whether the text holds a card number, written in any form or already masked by this tool. */
    public static boolean holdsCard(String s) {
        return s != null && (!PanScanner.scan(s).isEmpty() || MASKED.matcher(s).find());
    }

    /** The masked form of a card number: BIN, stars, last four. */
    public static String maskedPan(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    /** Whether 13–19 ASCII digits pass the Luhn check. */
    public static boolean luhn(String digits) {
        if (digits.length() < PanScanner.MIN || digits.length() > PanScanner.MAX) {
            return false;
        }
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
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
