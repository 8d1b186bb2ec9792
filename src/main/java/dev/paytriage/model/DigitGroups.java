package dev.paytriage.model;

import static dev.paytriage.model.PanScanner.BREAK;
import static dev.paytriage.model.PanScanner.DIGIT;
import static dev.paytriage.model.PanScanner.INVISIBLE;
import static dev.paytriage.model.PanScanner.LETTER;
import static dev.paytriage.model.PanScanner.MAX;
import static dev.paytriage.model.PanScanner.MIN;
import static dev.paytriage.model.PanScanner.PUNCT;
import static dev.paytriage.model.PanScanner.SPACE;

import dev.paytriage.model.PanScanner.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The second half of {@link PanScanner}: digits fed one by one (with the separators between them) form
 * groups and runs, and each run is decided over a bounded window of groups — the card-number rules.
 */
final class DigitGroups {
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
