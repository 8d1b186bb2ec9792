package dev.paytriage.complaint;

import dev.paytriage.model.SafeText;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A complaint as read, made safe and comparable the moment it arrives, before anything else sees it:
 * through the gate ({@link SafeText#clean}: terminal escapes stripped, card numbers masked in every form)
 * and compatibility forms folded (full-width digits, NBSP and thin spaces).
 * Three views of the same characters, index for index:
 * {@link #text()} to show and keep, {@link #fixed()} with look-alike letters set to each word's script
 * (ids are read here, case kept), and {@link #lower()} for matching words (lower case, ё→е).
 */
public final class ComplaintText {
    private static final Pattern FORMAT_CHARS = Pattern.compile("[\\p{Cf}\\u00AD]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2019\\u02BC\\u2018\\u0060\\u00B4\\u2032]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private final String text;
    private final String fixed;
    private final String lower;

    private ComplaintText(String text) {
        this.text = text;
        this.fixed = Scripts.fix(text);
        this.lower = lower(fixed);
    }

    /** Reads raw outside text; nothing of the raw form survives except through this. */
    public static ComplaintText read(String raw) {
        return new ComplaintText(safe(raw));
    }

    /**
     * The safe, unified form of any outside text: what every later step and every output sees. Through
     * the gate (escapes, controls, card numbers in every form), folded for comparison, and through the
     * gate again, so it also sees the text as it will be shown.
     */
    static String safe(String raw) {
        if (raw == null) {
            return "";
        }
        // the gate before folding (removing invisible characters must not hide how a card was grouped)
        // and after (collapsing spaces must not join what the gate saw apart); it is linear and idempotent
        String s = SafeText.clean(raw);
        // NFKC folds full-width digits and odd spaces; it would also turn № into "No", so № is kept
        s = String.join("№", java.util.Arrays.stream(s.split("№", -1))
                .map(part -> Normalizer.normalize(part, Normalizer.Form.NFKC)).toList());
        s = FORMAT_CHARS.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll("-");
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = SPACES.matcher(s).replaceAll(" ");
        return SafeText.clean(s).strip();
    }

    /** Lower case and ё→е, one character for one, so indices stay those of {@link #text()}. */
    static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char l = Character.toLowerCase(c[i]);
            c[i] = l == 'ё' ? 'е' : l;
        }
        return new String(c);
    }

    public String text() {
        return text;
    }

    public String fixed() {
        return fixed;
    }

    public String lower() {
        return lower;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return text;
    }
}
