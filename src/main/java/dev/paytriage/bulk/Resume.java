package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads what an earlier run wrote so --resume can carry on: results are written in input order, so
 * the file holds rows 1..K. A last line cut off by a kill is removed before appending.
 */
public final class Resume {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Resume() {}

    /** How many rows the file already holds (0 when it does not exist); truncates a partial last record. */
    public static int completedRows(Path file, boolean csv) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return 0;
        }
        return csv ? csvRows(file) : jsonlRows(file);
    }

    private static int jsonlRows(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int rows = 0;
        long goodEnd = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                if (!line.isBlank()) {
                    int row = rowOf(line);
                    if (row != rows + 1) {
                        throw notAPrefix(file, rows + 1, row);
                    }
                    rows = row;
                }
                goodEnd = i + 1;
                start = i + 1;
            }
        }
        truncate(file, goodEnd);
        return rows;
    }

    private static int rowOf(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return n.path("row").asInt(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Records end at a newline outside quotes (cells with line breaks are quoted, RFC 4180). */
    private static int csvRows(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int rows = -1; // the header is record 0
        long goodEnd = 0;
        boolean quoted = false;
        int recordStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (b == '\n' && !quoted) {
                String record = new String(bytes, recordStart, i - recordStart, StandardCharsets.UTF_8);
                if (rows >= 0) {
                    int comma = record.indexOf(',');
                    int row;
                    try {
                        row = Integer.parseInt(comma < 0 ? record.trim() : record.substring(0, comma));
                    } catch (NumberFormatException e) {
                        throw notAPrefix(file, rows + 1, -1);
                    }
                    if (row != rows + 1) {
                        throw notAPrefix(file, rows + 1, row);
                    }
                    rows = row;
                } else if (!record.equals(CsvSink.HEADER)) {
                    throw new PaytriageException(ExitCode.USAGE, "cannot resume: " + file
                            + " does not start with paytriage's CSV header; move it away or run without --resume");
                } else {
                    rows = 0;
                }
                goodEnd = i + 1;
                recordStart = i + 1;
            }
        }
        truncate(file, goodEnd);
        return Math.max(rows, 0);
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            if (raf.length() > length) {
                raf.setLength(length);
            }
        }
    }

    private static PaytriageException notAPrefix(Path file, int expected, int found) {
        return new PaytriageException(ExitCode.USAGE, "cannot resume: " + file + " holds row " + found
                + " where row " + expected + " was expected, so it is not the output of this input; "
                + "move it away or run without --resume");
    }
}
