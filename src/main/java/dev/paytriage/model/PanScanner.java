package dev.paytriage.model;

import java.util.ArrayList;
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
 * glued to a letter (a UUID's "…-8365-2610dcbe…"). Memory is bounded by a window of groups.
 */
final class PanScanner {
    static final int MIN = 13;
    static final int MAX = 19;

    /** The characters [start, end) of the text are a card number; {@code masked} replaces them. */
    record Span(int start, int end, String masked) {}

    // Token kinds of the normalised view.
    private static final int OTHER = 0;
    private static final int DIGIT = 1;
    private static final int LETTER = 2;
    private static final int LOOKALIKE = 3;
    private static final int SPACE = 4;
    private static final int BREAK = 5;
    private static final int PUNCT = 6;
    private static final int INVISIBLE = 7;

    private final String s;
    private final int n;
    private final Runs runs = new Runs();
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

    /** Groups and runs of digits, decided over a bounded window of groups. */
    private static final class Runs {
        final List<Span> found = new ArrayList<>();
        private final Window w = new Window();
        private boolean inRun;
        private boolean inGap;
        // the separator tokens since the last digit
        private int gapVisible;
        private int gapLastKind;
        private int gapPunct;
        private int gapBreaks;
        private int gapTokens;
        private int gapClass;
        private boolean gapComma;

        void feed(int k, int v, int start, int end) {
            if (k == DIGIT) {
                if (!inRun) {
                    inRun = true;
                    w.open();
                } else if (inGap) {
                    if (gapVisible == 0) {
                        w.split();
                    } else {
                        w.close(gapComma ? 0 : gapClass == 0 ? ' ' : gapClass);
                        drain(false);
                        w.open();
                    }
                }
                inGap = false;
                w.digit(v, start, end);
                return;
            }
            if (!inRun) {
                return;
            }
            if (k == SPACE || k == BREAK || k == PUNCT || k == INVISIBLE) {
                if (!inGap) {
                    inGap = true;
                    gapVisible = gapPunct = gapBreaks = gapTokens = gapClass = gapLastKind = 0;
                    gapComma = false;
                }
                gapTokens++;
                if (k != INVISIBLE && !(k == SPACE && gapLastKind == SPACE)) {
                    gapVisible++; // a run of spaces (double space, tab and space) counts once
                }
                if (k != INVISIBLE) {
                    gapLastKind = k;
                }
                if (k == BREAK) {
                    gapBreaks++;
                }
                if (k == PUNCT) {
                    gapPunct++;
                    gapClass = v;
                    gapComma |= v == ',';
                }
                // "1234, 5678": a comma with a space is a list, not a card written with commas
                if (gapVisible > 3 || gapPunct > 1 || gapBreaks > 1 || gapTokens > 12 || gapComma && gapVisible > 1) {
                    endRun();
                }
                return;
            }
            if (k == LETTER && !inGap && inRun) {
                w.gluedToLetter(); // "2610dcbe": the digits belong to a word (a UUID's block), not a card group
            }
            endRun();
        }

        void endRun() {
            if (inRun) {
                w.close(0);
                drain(true);
                w.reset();
            }
            inRun = false;
            inGap = false;
        }

        private void drain(boolean all) {
            while (w.count > (all ? 0 : Window.LOOKAHEAD)) {
                Span span = w.decideHead();
                if (span != null) {
                    found.add(span);
                }
            }
        }
    }

    /**
     * The groups of the current run not yet decided: a ring of fixed slots, each keeping its first 19
     * digits and its last 19 (all a decision ever reads), its offsets and the separator after it.
     */
    private static final class Window {
        static final int SLOTS = 32;
        /** Groups to hold before deciding the first: a candidate spans at most 19, plus neighbours. */
        static final int LOOKAHEAD = MAX + 2;

        final int[] len = new int[SLOTS];
        final int[] start = new int[SLOTS];
        final int[] stop = new int[SLOTS];
        final int[] firstSub = new int[SLOTS];
        /** Where invisible characters split the group (bit k: after its k-th digit), for the first 19. */
        final int[] splits = new int[SLOTS];
        /** Whether a letter follows the group's last digit directly. */
        final boolean[] glued = new boolean[SLOTS];
        final int[] gapAfter = new int[SLOTS];
        final byte[][] head = new byte[SLOTS][MAX];
        final int[][] headEnd = new int[SLOTS][MAX];
        final byte[][] tail = new byte[SLOTS][MAX];
        final int[][] tailStart = new int[SLOTS][MAX];
        int first;
        int count;
        /** The group decided just before the first one, when it was left as it is: its length and gap. */
        int prevLen = -1;
        int prevGap;

        void reset() {
            count = 0;
            prevLen = -1;
        }

        private int slot(int k) {
            return (first + k) % SLOTS;
        }

        void open() {
            int g = slot(count);
            len[g] = 0;
            firstSub[g] = -1;
            splits[g] = 0;
            glued[g] = false;
            gapAfter[g] = 0;
        }

        void split() {
            int g = slot(count);
            if (firstSub[g] < 0) {
                firstSub[g] = len[g];
            }
            if (len[g] < MAX) {
                splits[g] |= 1 << len[g];
            }
        }

        void digit(int v, int from, int to) {
            int g = slot(count);
            int k = len[g];
            if (k == 0) {
                start[g] = from;
            }
            if (k < MAX) {
                head[g][k] = (byte) v;
                headEnd[g][k] = to;
            }
            tail[g][k % MAX] = (byte) v;
            tailStart[g][k % MAX] = from;
            stop[g] = to;
            len[g] = k + 1;
        }

        void gluedToLetter() {
            glued[slot(count)] = true;
        }

        void close(int gapClass) {
            gapAfter[slot(count)] = gapClass;
            count++;
        }

        /** Decides the first group: a span to mask (dropping the groups it covers), or null (dropping one). */
        Span decideHead() {
            Span span = luhnStretch();
            if (span == null && len[slot(0)] > MAX) {
                span = gluedHeadOrTail();
                drop(1, true);
                return span;
            }
            if (span == null) {
                span = fourByFour();
            }
            if (span == null) {
                drop(1, false);
            }
            return span;
        }

        /** The longest stretch of whole groups from the first, 13–19 digits, passing Luhn. */
        private Span luhnStretch() {
            int g0 = slot(0);
            boolean startsLikeCard = len[g0] == 4 || firstSub[g0] == 4;
            int total = 0;
            int sumOdd = 0;
            int sumEven = 0;
            int best = -1;
            for (int k = 0; k < count; k++) {
                int g = slot(k);
                if (total + len[g] > MAX || k >= 2 && len[slot(k - 1)] < 3) {
                    break;
                }
                for (int d = 0; d < len[g]; d++) {
                    total++;
                    int v = head[g][d];
                    int doubled = v * 2 > 9 ? v * 2 - 9 : v * 2;
                    sumOdd += total % 2 == 1 ? doubled : v;
                    sumEven += total % 2 == 0 ? doubled : v;
                }
                int sum = total % 2 == 0 ? sumOdd : sumEven;
                if (total >= MIN && sum % 10 == 0 && (k == 0 || startsLikeCard && !glued[g])) {
                    best = k;
                }
            }
            if (best < 0) {
                return null;
            }
            StringBuilder digits = new StringBuilder(MAX);
            for (int k = 0; k <= best; k++) {
                appendHead(digits, slot(k), len[slot(k)]);
            }
            Span span = new Span(start[g0], stop[slot(best)], SafeText.maskedPan(digits.toString()));
            drop(best + 1, true);
            return span;
        }

        /** A group of more than 19 digits: a Luhn-valid head or tail of 19 down to 13 digits. */
        private Span gluedHeadOrTail() {
            int g = slot(0);
            int n = len[g];
            boolean[] headOk = new boolean[MAX + 1];
            boolean[] tailOk = new boolean[MAX + 1];
            int sumOdd = 0;
            int sumEven = 0;
            for (int d = 1; d <= MAX; d++) {
                int v = head[g][d - 1];
                int doubled = v * 2 > 9 ? v * 2 - 9 : v * 2;
                sumOdd += d % 2 == 1 ? doubled : v;
                sumEven += d % 2 == 0 ? doubled : v;
                headOk[d] = (d % 2 == 0 ? sumOdd : sumEven) % 10 == 0;
            }
            int sum = 0;
            for (int p = 1; p <= MAX; p++) {
                int v = tail[g][(n - p) % MAX];
                sum += p % 2 == 0 ? (v * 2 > 9 ? v * 2 - 9 : v * 2) : v;
                tailOk[p] = sum % 10 == 0;
            }
            for (int l = MAX; l >= MIN; l--) {
                if (headOk[l]) {
                    StringBuilder digits = new StringBuilder(MAX);
                    appendHead(digits, g, l);
                    return new Span(start[g], headEnd[g][l - 1], SafeText.maskedPan(digits.toString()));
                }
                if (tailOk[l]) {
                    StringBuilder digits = new StringBuilder(MAX);
                    for (int d = n - l; d < n; d++) {
                        digits.append((char) ('0' + tail[g][d % MAX]));
                    }
                    return new Span(tailStart[g][(n - l) % MAX], stop[g], SafeText.maskedPan(digits.toString()));
                }
            }
            return null;
        }

        /**
         * Exactly four groups of four digits with the same separator (not a comma) and a card's first digit
         * (2–6, 9), not part of a longer list of such groups; a short fifth group (19-digit cards) joins them.
         */
        private Span fourByFour() {
            int g0 = slot(0);
            if (len[g0] == 16 && splits[g0] == (1 << 4 | 1 << 8 | 1 << 12) && cardFirstDigit(head[g0][0]) && !glued[g0]
                    && prevLen != 4 && (count < 2 || len[slot(1)] != 4)) {
                // four groups of four split by invisible characters only (zero-width space, soft hyphen)
                StringBuilder digits = new StringBuilder(MAX);
                appendHead(digits, g0, 16);
                Span span = new Span(start[g0], stop[g0], SafeText.maskedPan(digits.toString()));
                drop(1, true);
                return span;
            }
            if (count < 4) {
                return null;
            }
            int sep = gapAfter[g0];
            if (sep == 0 || !cardFirstDigit(head[g0][0])) {
                return null;
            }
            for (int k = 0; k < 4; k++) {
                if (len[slot(k)] != 4 || k < 3 && gapAfter[slot(k)] != sep) {
                    return null;
                }
            }
            if (prevLen == 4 && prevGap == sep) {
                return null;
            }
            int last = 3;
            if (count > 4 && gapAfter[slot(3)] == sep) {
                int next = len[slot(4)];
                if (next == 4) {
                    return null;
                }
                if (next < 4) {
                    last = 4;
                }
            }
            if (glued[slot(last)]) {
                return null;
            }
            StringBuilder digits = new StringBuilder(MAX);
            for (int k = 0; k <= last; k++) {
                appendHead(digits, slot(k), len[slot(k)]);
            }
            Span span = new Span(start[g0], stop[slot(last)], SafeText.maskedPan(digits.toString()));
            drop(last + 1, true);
            return span;
        }

        /** The first digits card schemes issue: 2–6 (Mastercard, Mir, Amex, Visa, Maestro, UnionPay…) and 9 (national). */
        private static boolean cardFirstDigit(int d) {
            return d >= 2 && d <= 6 || d == 9;
        }

        private void appendHead(StringBuilder sb, int g, int digits) {
            for (int d = 0; d < digits; d++) {
                sb.append((char) ('0' + head[g][d]));
            }
        }

        private void drop(int groups, boolean masked) {
            int lastDropped = slot(groups - 1);
            prevLen = masked ? -1 : len[lastDropped];
            prevGap = gapAfter[lastDropped];
            first = slot(groups);
            count -= groups;
        }
    }
}
