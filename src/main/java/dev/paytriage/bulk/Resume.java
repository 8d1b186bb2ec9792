package dev.paytriage.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads what an earlier run wrote so --resume can carry on: results are written in input order, so
 * the file holds rows 1..K. A last record cut off by a kill (or a full disk) is removed before
 * appending. The file is streamed through the channel that holds its lock — never read whole, and
 * never through a second handle, whose closing would drop the lock on POSIX systems.
 */
public final class Resume {
    private static final JsonFactory JSON = new JsonFactory();

    /** The rows already in the file, and how many of them were not_found or error. */
    public record Kept(int rows, int failed) {}

    private Resume() {}

    /** What the file already holds; truncates a partial last record. */
    public static Kept scan(FileChannel channel, Path file, boolean csv) throws IOException {
        if (channel.size() == 0) {
            return new Kept(0, 0);
        }
        Scanner s = csv ? new CsvScanner(file) : new JsonlScanner(file);
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long position = 0;
        long goodEnd = 0;
        while (true) {
            buf.clear();
            int n = channel.read(buf, position);
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (s.feed(buf.get(i))) {
                    goodEnd = position + i + 1;
                }
            }
            position += n;
        }
        if (channel.size() > goodEnd) {
            channel.truncate(goodEnd);
        }
        return new Kept(s.rows, s.failed);
    }

    /** Feeds bytes; true at the end of each complete record. */
    private abstract static class Scanner {
        final Path file;
        final ByteArrayOutputStream record = new ByteArrayOutputStream();
        int rows;
        int failed;

        Scanner(Path file) {
            this.file = file;
        }

        abstract boolean feed(byte b) throws IOException;

        void next(int row, String status) {
            if (row != rows + 1) {
                throw notAPrefix(file, rows + 1, row);
            }
            rows = row;
            if (!"ok".equals(status)) {
                failed++;
            }
        }
    }

    private static final class JsonlScanner extends Scanner {
        JsonlScanner(Path file) {
            super(file);
        }

        @Override
        boolean feed(byte b) throws IOException {
            if (b != '\n') {
                record.write(b);
                return false;
            }
            byte[] line = record.toByteArray();
            record.reset();
            if (!new String(line, StandardCharsets.UTF_8).isBlank()) {
                int row = -1;
                String status = null;
                try (JsonParser p = JSON.createParser(line)) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        while ((row < 0 || status == null) && p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            JsonToken value = p.nextToken();
                            if ("row".equals(key) && value == JsonToken.VALUE_NUMBER_INT) {
                                row = p.getIntValue();
                            } else if ("status".equals(key) && value == JsonToken.VALUE_STRING) {
                                status = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                } catch (IOException notJson) {
                    row = -1;
                }
                next(row, status);
            }
            return true;
        }
    }

    /** Records end at a newline outside quotes (cells with line breaks are quoted, RFC 4180). */
    private static final class CsvScanner extends Scanner {
        private boolean quoted;
        private boolean header = true;
        private int field;
        private final StringBuilder first = new StringBuilder();
        private final StringBuilder second = new StringBuilder();

        CsvScanner(Path file) {
            super(file);
        }

        @Override
        boolean feed(byte b) {
            if (header) {
                if (b != '\n') {
                    record.write(b);
                    return false;
                }
                if (!record.toString(StandardCharsets.UTF_8).equals(CsvSink.HEADER)) {
                    throw new PaytriageException(ExitCode.USAGE, "cannot resume: " + file + " does not start with "
                            + "this paytriage's CSV header; move it away or run without --resume");
                }
                header = false;
                record.reset();
                return true;
            }
            if (b == '"') {
                quoted = !quoted;
            } else if (b == ',' && !quoted) {
                field++;
            } else if (b == '\n' && !quoted) {
                int row;
                try {
                    row = Integer.parseInt(first.toString().trim());
                } catch (NumberFormatException e) {
                    row = -1;
                }
                next(row, second.toString().trim());
                field = 0;
                first.setLength(0);
                second.setLength(0);
                return true;
            } else if (field == 0 && first.length() < 12) {
                first.append((char) b);
            } else if (field == 1 && second.length() < 12) {
                second.append((char) b);
            }
            return false;
        }
    }

    private static PaytriageException notAPrefix(Path file, int expected, int found) {
        return new PaytriageException(ExitCode.USAGE, "cannot resume: " + file + " holds "
                + (found < 0 ? "a line that is not a result" : "row " + found) + " where row " + expected
                + " was expected, so it is not the output of this input; move it away or run without --resume");
    }
}
