package dev.paytriage.bulk;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens bulk input as text whatever a spreadsheet saved it as: a byte-order mark (Excel's "CSV
 * UTF-8", UTF-16) is read and dropped; a file that is not UTF-8 but reads as Cyrillic in
 * Windows-1251 (Excel's CSV in a Russian, Ukrainian or Belarusian locale) is read as that, with a
 * note; any other byte that is not UTF-8 becomes U+FFFD, which {@link InputReader} turns into that
 * row's error — never an exception that ends the run.
 */
public final class InputText {
    /** Bytes looked at to decide the encoding of stdin (a file is looked at whole). */
    static final int SNIFF_BYTES = 1 << 16;
    static final Charset CP1251 = Charset.forName("windows-1251");

    /**
     * The open input, its encoding as a person would name it, a note for stderr when the encoding was
     * guessed, and how many non-blank lines it has (-1: unknown).
     */
    public record Opened(BufferedReader reader, String encoding, String note, long lines) {}

    private InputText() {}

    /** A file: refused with one line when it is a folder, missing or unreadable (exit 2). */
    public static Opened file(Path path, String shownAs) {
        if (Files.isDirectory(path)) {
            throw new PaytriageException(ExitCode.USAGE, shownAs + " is a folder: give bulk a CSV or JSONL file (or - for stdin)");
        }
        if (!Files.exists(path)) {
            throw new PaytriageException(ExitCode.USAGE, "cannot read " + shownAs + ": there is no such file; check the path");
        }
        try {
            if (!Files.isRegularFile(path)) {
                // A pipe such as <(grep …) can be read only once: decide on its first bytes, as for stdin.
                return stream(Files.newInputStream(path), shownAs);
            }
            Stats stats = new Stats();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    stats.feed(buf, n);
                }
            }
            return open(new BufferedInputStream(Files.newInputStream(path), 1 << 16), stats, shownAs, true);
        } catch (AccessDeniedException e) {
            throw new PaytriageException(ExitCode.USAGE, "cannot read " + shownAs + ": permission denied; check its mode", e);
        } catch (NoSuchFileException e) {
            throw new PaytriageException(ExitCode.USAGE, "cannot read " + shownAs + ": there is no such file; check the path", e);
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.USAGE, "cannot read " + shownAs + " (" + e.getMessage() + "): check the path", e);
        }
    }

    /** stdin: the encoding is decided on its first {@value #SNIFF_BYTES} bytes; the row count is unknown. */
    public static Opened stream(InputStream raw, String shownAs) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        Stats stats = new Stats();
        stats.feed(head, head.length);
        return open(in, stats, shownAs, false);
    }

    private static Opened open(BufferedInputStream in, Stats stats, String shownAs, boolean countKnown)
            throws IOException {
        Charset charset;
        String note = null;
        int bom = stats.bomLength();
        if (bom > 0) {
            charset = stats.bomCharset();
            in.skipNBytes(bom);
        } else if (stats.invalidUtf8 > 0 && stats.looksCp1251()) {
            charset = CP1251;
            note = shownAs + " is not UTF-8; reading it as Windows-1251 (Cyrillic, as Excel saves CSV in a Russian or"
                    + " Ukrainian locale). Save it as \"CSV UTF-8\" to avoid this guess";
        } else {
            charset = StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        boolean utf16 = charset.name().startsWith("UTF-16");
        return new Opened(reader, charset.displayName(), note, countKnown && !utf16 ? stats.nonBlankLines() : -1);
    }

    /** What the bytes say about their encoding, and how many non-blank lines they hold. */
    static final class Stats {
        private final byte[] first = new byte[3];
        private int seen;
        private int pendingContinuations;
        long invalidUtf8;
        long highBytes;
        long cyrillicIn1251;
        long inRuns;
        private int run;
        private long nonBlankLines;
        private boolean lineHasText;

        void feed(byte[] buf, int n) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xFF;
                if (seen < 3) {
                    first[seen] = (byte) b;
                }
                seen++;
                if (b == '\n') {
                    if (lineHasText) {
                        nonBlankLines++;
                    }
                    lineHasText = false;
                } else if (b != ' ' && b != '\r' && b != '\t') {
                    lineHasText = true;
                }
                if (b >= 0x80) {
                    highBytes++;
                    run++;
                    inRuns += run == 2 ? 2 : run > 2 ? 1 : 0;
                    if (b >= 0xC0 || b == 0xA8 || b == 0xB8 || b == 0xAA || b == 0xBA || b == 0xAF || b == 0xBF
                            || b == 0xB2 || b == 0xB3 || b == 0xA1 || b == 0xA2 || b == 0xA5 || b == 0xB4) {
                        cyrillicIn1251++;
                    }
                } else {
                    run = 0;
                }
                utf8(b);
            }
        }

        /** A small UTF-8 checker: lead bytes and the continuation bytes they announce. */
        private void utf8(int b) {
            if (pendingContinuations > 0) {
                if (b >= 0x80 && b <= 0xBF) {
                    pendingContinuations--;
                    return;
                }
                invalidUtf8++;
                pendingContinuations = 0;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pendingContinuations = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pendingContinuations = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pendingContinuations = 3;
            } else {
                invalidUtf8++;
            }
        }

        long nonBlankLines() {
            return nonBlankLines + (lineHasText ? 1 : 0);
        }

        /**
         * Cyrillic words when read as Windows-1251: the bytes mostly letters there (UTF-8's Cyrillic would
         * be half continuation bytes) and mostly next to each other (Western accents in cp1252 — café —
         * stand alone between ASCII letters); a few stray bytes prove nothing.
         */
        boolean looksCp1251() {
            return highBytes >= 4 && cyrillicIn1251 * 10 >= highBytes * 8 && inRuns * 10 >= highBytes * 6;
        }

        int bomLength() {
            if (seen >= 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF) {
                return 3;
            }
            if (seen >= 2 && ((first[0] & 0xFF) == 0xFF && (first[1] & 0xFF) == 0xFE
                    || (first[0] & 0xFF) == 0xFE && (first[1] & 0xFF) == 0xFF)) {
                return 2;
            }
            return 0;
        }

        Charset bomCharset() {
            return switch (first[0] & 0xFF) {
                case 0xFF -> StandardCharsets.UTF_16LE;
                case 0xFE -> StandardCharsets.UTF_16BE;
                default -> StandardCharsets.UTF_8;
            };
        }
    }
}
