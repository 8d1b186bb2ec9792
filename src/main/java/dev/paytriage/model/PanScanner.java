package dev.paytriage.model;

import java.util.List;

/**
 * Finds card numbers in text of any length in one pass, without regular expressions. The text is
 * read as a normalised view that keeps each piece's original offsets: every Unicode decimal digit
 * (full-width, Arabic-Indic, …) and digit-like compatibility forms count as digits; Cyrillic/Greek
 * letters that look like digits count as digits inside a word made only of digits and such letters
 * ("4О47"); HTML entities (&amp;nbsp; &amp;#160; &amp;#x20;) and percent-encoding (%20, %C2%A0) are read as the
 * character they stand for. Digits form groups; groups joined by a short separator (a few spaces of
 * any kind, a line break, one of . _ / - + or a dash, " - ", or a comma alone) form a run; invisible characters (zero-width
 * space, soft hyphen, combining marks) join digits without breaking the group.
 *
 * <p>In each run, left to right: the longest stretch of whole groups with 13–19 digits that passes
 * Luhn is a card number (a stretch of several groups must start with a four-digit group and have no
 * group under three digits inside — so dates and amounts do not combine into one); an unbroken group
 * longer than 19 digits is checked at its head and tail (a card number with digits glued on); and
 * exactly four four-digit groups written alike (no commas) with a card's first digit are a card number
 * even when Luhn fails (a customer's typo is still their card). Several groups never end in digits
 * glued to a letter (a UUID's "…-8365-2610dcbe…"). This class reads the tokens; {@link DigitGroups} applies
 * the rules. Memory is bounded by a window of groups.
 */
final class PanScanner {
    static final int MIN = 13;
    static final int MAX = 19;

    /** The characters [start, end) of the text are a card number; {@code masked} replaces them. */
    record Span(int start, int end, String masked) {}

    // Token kinds of the normalised view.
    static final int OTHER = 0;
    static final int DIGIT = 1;
    static final int LETTER = 2;
    static final int LOOKALIKE = 3;
    static final int SPACE = 4;
    static final int BREAK = 5;
    static final int PUNCT = 6;
    static final int INVISIBLE = 7;

    private final String s;
    private final int n;
    private final DigitGroups runs = new DigitGroups();
    // The token last read: kind, value (digit value or separator class), end offset.
    private int kind;
    private int value;
    private int end;

    private PanScanner(String s) {
        this.s = s;
        this.n = s.length();
    }

    static List<Span> scan(String s) {
        if (s == null || !mayHoldDigits(s)) {
            return List.of();
        }
        PanScanner p = new PanScanner(s);
        p.run();
        return p.runs.found;
    }

    /** Cheap test: text of only ASCII non-digits (and no entity or escape) cannot hold a card number. */
    private static boolean mayHoldDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c >= 0x80 || c == '&' || c == '%') {
                return true;
            }
        }
        return false;
    }

    private void run() {
        int i = 0;
        // Inside a word (letters and digits): whether its look-alike letters are digits; 0 outside a word.
        int word = 0;
        final int fold = 1;
        final int keep = 2;
        while (i < n) {
            read(i);
            int k = kind;
            int v = value;
            int e = end;
            if (k == DIGIT || k == LETTER || k == LOOKALIKE) {
                if (word == 0) {
                    word = k == LETTER || hasLetterAhead(i) ? keep : fold;
                }
                if (k == LOOKALIKE) {
                    k = word == fold ? DIGIT : LETTER;
                }
            } else if (k != INVISIBLE) {
                word = 0;
            }
            runs.feed(k, v, i, e);
            i = e;
        }
        runs.endRun();
    }

    /**
     * Whether the word starting at i has a letter that is no look-alike (then its look-alikes stay
     * letters). Stops at that letter or the word's end, so each character is read at most twice.
     */
    private boolean hasLetterAhead(int i) {
        boolean digit = false;
        for (int j = i; j < n; j = end) {
            read(j);
            if (kind == LETTER) {
                return true;
            }
            if (kind == DIGIT) {
                digit = true;
            } else if (kind != LOOKALIKE && kind != INVISIBLE) {
                break;
            }
        }
        return !digit;
    }

    /** Reads the token at i into kind/value/end. */
    private void read(int i) {
        char c = s.charAt(i);
        if (c == '&' && entity(i)) {
            return;
        }
        if (c == '%' && percent(i)) {
            return;
        }
        if (c == '\r') {
            kind = BREAK;
            end = i + 1 < n && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            return;
        }
        if (c < 0x80) {
            end = i + 1;
            value = 0;
            if (c >= '0' && c <= '9') {
                kind = DIGIT;
                value = c - '0';
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                kind = LETTER;
            } else if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) {
                kind = SPACE;
            } else if (c == '\n') {
                kind = BREAK;
            } else if (c < 0x20 || c == 0x7F) {
                kind = INVISIBLE;
            } else {
                value = Glyphs.separator(c, Character.OTHER_PUNCTUATION);
                kind = value == 0 ? OTHER : PUNCT;
            }
            return;
        }
        int cp = s.codePointAt(i);
        classify(cp);
        end = i + Character.charCount(cp);
    }

    private void classify(int cp) {
        value = 0;
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            kind = DIGIT;
            value = Character.digit(cp, 10);
            return;
        }
        int look = Glyphs.lookalike(cp);
        if (look >= 0) {
            kind = LOOKALIKE;
            value = look;
            return;
        }
        if (type == Character.OTHER_NUMBER) {
            int d = Glyphs.compatibilityDigit(cp);
            kind = d >= 0 ? DIGIT : OTHER;
            value = Math.max(d, 0);
            return;
        }
        if (Character.isLetter(cp)) {
            kind = LETTER;
        } else if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
            kind = BREAK;
        } else if (cp == ' ' || cp == '\t' || cp == 0x0B || cp == 0x0C || type == Character.SPACE_SEPARATOR) {
            kind = SPACE;
        } else if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || Character.isISOControl(cp)) {
            kind = INVISIBLE;
        } else {
            int sep = Glyphs.separator(cp, type);
            kind = sep == 0 ? OTHER : PUNCT;
            value = sep;
        }
    }

    /** &amp;name; &amp;#NNN; &amp;#xHH; standing for a character; false when s[i] starts none. */
    private boolean entity(int i) {
        int limit = Math.min(n, i + 34);
        int semi = -1;
        for (int j = i + 1; j < limit; j++) {
            char c = s.charAt(j);
            if (c == ';') {
                semi = j;
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#')) {
                return false;
            }
        }
        if (semi < i + 2) {
            return false;
        }
        int cp;
        if (s.charAt(i + 1) == '#') {
            boolean hex = s.charAt(i + 2) == 'x' || s.charAt(i + 2) == 'X';
            int from = hex ? i + 3 : i + 2;
            if (from >= semi || semi - from > 7) {
                return false;
            }
            cp = 0;
            for (int j = from; j < semi; j++) {
                int d = Character.digit(s.charAt(j), hex ? 16 : 10);
                if (d < 0 || s.charAt(j) > 'f') {
                    return false;
                }
                cp = cp * (hex ? 16 : 10) + d;
            }
            if (cp > Character.MAX_CODE_POINT) {
                return false;
            }
        } else {
            cp = Glyphs.namedEntity(s.substring(i + 1, semi));
            if (cp < 0) {
                return false;
            }
        }
        classify(cp);
        end = semi + 1;
        return true;
    }

    /** %XX (UTF-8 bytes, and %25XX once more encoded) standing for one character; false when none. */
    private boolean percent(int i) {
        int b = hexByte(i);
        if (b < 0) {
            return false;
        }
        int at = i + 3;
        if (b == '%' && hexPair(at) >= 0) {
            b = hexPair(at); // "%2520": a space encoded twice
            at += 2;
        }
        int cp;
        int more;
        if (b < 0x80) {
            cp = b;
            more = 0;
        } else if (b >= 0xC2 && b <= 0xDF) {
            cp = b & 0x1F;
            more = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            cp = b & 0x0F;
            more = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            cp = b & 0x07;
            more = 3;
        } else {
            return false;
        }
        for (int k = 0; k < more; k++) {
            int c = hexByte(at);
            if (c < 0 || (c & 0xC0) != 0x80) {
                return false;
            }
            cp = cp << 6 | c & 0x3F;
            at += 3;
        }
        if (cp > Character.MAX_CODE_POINT) {
            return false;
        }
        classify(cp);
        end = at;
        return true;
    }

    private int hexByte(int i) {
        return i < n && s.charAt(i) == '%' ? hexPair(i + 1) : -1;
    }

    private int hexPair(int i) {
        if (i + 1 >= n) {
            return -1;
        }
        int hi = Character.digit(s.charAt(i), 16);
        int lo = Character.digit(s.charAt(i + 1), 16);
        return hi < 0 || lo < 0 || s.charAt(i) > 'f' || s.charAt(i + 1) > 'f' ? -1 : hi << 4 | lo;
    }
}
