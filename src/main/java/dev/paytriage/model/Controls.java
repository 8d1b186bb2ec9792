package dev.paytriage.model;

/**
 * Removes what a terminal would act on instead of showing: escape sequences (CSI, OSC, DCS, SOS, PM,
 * APC, two-character ESC forms; 7-bit and C1), the other C0 and C1 controls, DEL, and the bidi controls
 * that reorder what is shown (U+061C, U+200E/F, U+202A–E, U+2066–9). Newline and tab stay; every other
 * line break (CR, CRLF, NEL, U+2028, U+2029) becomes a newline. One pass, no backtracking.
 */
final class Controls {
    private static final char ESC = 0x1B;
    private static final char BEL = 0x07;
    private static final char CAN = 0x18;
    private static final char SUB = 0x1A;
    private static final char C1_ST = 0x9C;

    private Controls() {}

    /**
     * @param keepSgr keep colour/attribute sequences (ESC [ digits m) — the tool's own styling on a
     *     terminal; outside text never keeps them.
     */
    static String strip(String s, boolean keepSgr) {
        int n = s.length();
        int i = 0;
        while (i < n && !special(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (!special(c)) {
                out.append(c);
                i++;
            } else if (c == ESC) {
                i = escape(s, i, out, keepSgr);
            } else if (c == 0x9B) {
                i = csi(s, i + 1, -1, out, false);
            } else if (c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F) {
                i = string(s, i + 1);
            } else if (c == '\r') {
                out.append('\n');
                i += i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c == '\n' || c == '\t') {
                out.append(c);
                i++;
            } else if (c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append('\n');
                i++;
            } else {
                i++; // any other control or bidi control: dropped
            }
        }
        return out.toString();
    }

    /** Whether a character is a control or bidi control (or starts a sequence). */
    static boolean special(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x2028 && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** s[i] is ESC; returns the index after the sequence, having appended it only when it is kept SGR. */
    private static int escape(String s, int i, StringBuilder out, boolean keepSgr) {
        int n = s.length();
        if (i + 1 >= n) {
            return n;
        }
        char c = s.charAt(i + 1);
        if (c == '[') {
            return csi(s, i + 2, i, out, keepSgr);
        }
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            return string(s, i + 2);
        }
        int j = i + 1;
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
            j++; // intermediates, as in ESC ( B
        }
        if (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E) {
            return j + 1;
        }
        return j; // a broken sequence: drop what was read, keep what follows
    }

    /**
     * A control sequence from its parameters at {@code from}; kept (from {@code seqStart}) only when it
     * is SGR with plain numeric parameters and SGR is allowed.
     */
    private static int csi(String s, int from, int seqStart, StringBuilder out, boolean keepSgr) {
        int n = s.length();
        int j = from;
        boolean plain = true;
        while (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x3F) {
            char p = s.charAt(j);
            plain &= p >= '0' && p <= '9' || p == ';' || p == ':';
            j++;
        }
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
            plain = false;
            j++;
        }
        if (j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E) {
            if (keepSgr && plain && seqStart >= 0 && s.charAt(j) == 'm') {
                out.append(s, seqStart, j + 1);
            }
            return j + 1;
        }
        return j;
    }

    /**
     * A control string (OSC, DCS, SOS, PM, APC) from its content at {@code from}: ends at BEL, ESC \,
     * C1 ST, CAN or SUB; an unterminated one ends at the line's end, so one stray opener cannot swallow
     * the rest of the text.
     */
    private static int string(String s, int from) {
        int n = s.length();
        for (int j = from; j < n; j++) {
            char c = s.charAt(j);
            if (c == BEL || c == C1_ST || c == CAN || c == SUB) {
                return j + 1;
            }
            if (c == ESC) {
                return j + 1 < n && s.charAt(j + 1) == '\\' ? j + 2 : j;
            }
            if (c == '\n' || c == '\r') {
                return j;
            }
        }
        return n;
    }
}
