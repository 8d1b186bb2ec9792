package dev.paytriage.gateway.http;

/**
 * A decoded view of a text (JSON string escapes, or percent-encoding) that remembers, for each of its
 * characters, where in the original text it came from — so what is found in the view can be replaced
 * in the original.
 */
record Decoded(String text, int[] from, int[] to) {

    /** Where the view's character i starts in the original. */
    int start(int i) {
        return from == null ? i : from[i];
    }

    /** Where the view's character i ends in the original (exclusive). */
    int end(int i) {
        return to == null ? i + 1 : to[i];
    }

    static Decoded identity(String s) {
        return new Decoded(s, null, null);
    }

    /** JSON's escapes: \\uXXXX, \\/, \\\\, \\", \\n and the rest. */
    static Decoded jsonEscapes(String s) {
        Builder b = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                if (e == 'u' && i + 5 < s.length() && hex(s, i + 2, 4) >= 0) {
                    b.add((char) hex(s, i + 2, 4), i, i + 6);
                    i += 6;
                    continue;
                }
                char plain = switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> e;
                };
                b.add(plain, i, i + 2);
                i += 2;
                continue;
            }
            b.add(c, i, i + 1);
            i++;
        }
        return b.build();
    }

    /** Percent-encoding (%XX as UTF-8 bytes) and '+' for a space, as in query strings. */
    static Decoded percent(String s) {
        Builder b = new Builder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && hex(s, i + 1, 2) >= 0) {
                int start = i;
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                while (i < s.length() && s.charAt(i) == '%' && hex(s, i + 1, 2) >= 0) {
                    bytes.write(hex(s, i + 1, 2));
                    i += 3;
                }
                String decoded = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
                for (int k = 0; k < decoded.length(); k++) {
                    b.add(decoded.charAt(k), start, i); // a decoded run maps to the whole encoded run
                }
                continue;
            }
            b.add(c == '+' ? ' ' : c, i, i + 1);
            i++;
        }
        return b.build();
    }

    private static int hex(String s, int at, int digits) {
        if (at + digits > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + digits; k++) {
            char c = s.charAt(k);
            int d = c < 0x80 ? Character.digit(c, 16) : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static final class Builder {
        private final StringBuilder text;
        private int[] from;
        private int[] to;
        private int n;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[Math.max(16, capacity)];
            to = new int[Math.max(16, capacity)];
        }

        void add(char c, int start, int end) {
            if (n == from.length) {
                from = java.util.Arrays.copyOf(from, n * 2);
                to = java.util.Arrays.copyOf(to, n * 2);
            }
            text.append(c);
            from[n] = start;
            to[n] = end;
            n++;
        }

        Decoded build() {
            return new Decoded(text.toString(), from, to);
        }
    }
}
