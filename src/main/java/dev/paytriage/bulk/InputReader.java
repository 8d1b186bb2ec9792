package dev.paytriage.bulk;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.Audience;
import dev.paytriage.model.SafeText;
import dev.paytriage.model.Topic;
import dev.paytriage.model.WireEnum;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads bulk input — CSV with a header row, or JSONL — one row at a time, so large files stream.
 * The reference column may be called ref, id, uid, transaction_id or tracking_id (the last means an
 * order id). A row that cannot be used becomes an InputRow with a problem, never an exception.
 */
public final class InputReader implements Iterator<InputRow>, AutoCloseable {

    public enum Format { CSV, JSONL }

    static final List<String> REF_COLUMNS = List.of("ref", "id", "uid", "transaction_id", "tracking_id");
    /** The longest row read: longer ones become that row's error instead of filling the heap. */
    static final int MAX_ROW_CHARS = 1_000_000;
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String TOO_LONG = new String("\u0000too long");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private final Format format;
    private final String source;
    private MappingIterator<Map<String, String>> csv;
    private InputRow next;
    private int row;
    private int line;

    public InputReader(BufferedReader in, Format format, String source) {
        this.in = in;
        this.format = format;
        this.source = source;
        if (format == Format.CSV && !blank(in)) {
            openCsv();
        }
    }

    /** An input with nothing but blanks has no rows (and no header to complain about). */
    private static boolean blank(BufferedReader in) {
        try {
            in.mark(1 << 16);
            int c;
            int n = 0;
            do {
                c = in.read();
                n++;
            } while (c >= 0 && n < (1 << 16) - 1 && (Character.isWhitespace(c) || c == '\uFEFF'));
            in.reset();
            return c < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Format from the file name, else from the first non-blank character ("{" means JSONL). */
    public static Format sniff(String name, BufferedReader in) throws IOException {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv")) {
            return Format.CSV;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Format.JSONL;
        }
        in.mark(1 << 16);
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF');
        in.reset();
        return c == '{' ? Format.JSONL : Format.CSV;
    }

    private void openCsv() {
        char separator;
        try {
            separator = separator(in);
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.USAGE, source + " cannot be read: " + e.getMessage());
        }
        CsvMapper mapper = new CsvMapper(CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_ROW_CHARS).build())
                .build());
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.EMPTY_STRING_AS_NULL);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try {
            csv = mapper.readerFor(Map.class).with(schema).readValues(in);
            var header = ((CsvSchema) csv.getParser().getSchema());
            List<String> columns = new java.util.ArrayList<>();
            header.forEach(c -> columns.add(columnName(c.getName())));
            if (columns.stream().noneMatch(c -> REF_COLUMNS.contains(c) || "text".equals(c))) {
                throw new PaytriageException(ExitCode.USAGE, source + ": the CSV header has no reference column ("
                        + String.join(", ", REF_COLUMNS) + ") and no text column; found: "
                        + SafeText.clean(String.join(", ", columns)) + ". Add a header row such as 'ref,topic,from'");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PaytriageException p) {
                throw p;
            }
            throw new PaytriageException(ExitCode.USAGE, source + " is not readable CSV: "
                    + SafeText.clean(firstLine(e.getMessage())));
        }
    }

    /**
     * The header's separator: a comma, or the semicolon Excel writes where the comma is the decimal
     * sign (Russian, Ukrainian, most of Europe), or a tab — whichever the header line has most of.
     */
    static char separator(BufferedReader in) throws IOException {
        in.mark(1 << 16);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean text = false;
        for (int i = 0, c; i < (1 << 16) - 1 && (c = in.read()) >= 0; i++) {
            if (c == '"') {
                quoted = !quoted;
                text = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (text) {
                    break;
                }
            } else if (!quoted) {
                text |= c > ' ' && c != '\uFEFF';
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        in.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    public Format format() {
        return format;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = read();
        }
        return next != null;
    }

    @Override
    public InputRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRow r = next;
        next = null;
        return r;
    }

    private InputRow read() {
        try {
            if (format == Format.CSV) {
                if (csv == null || !csv.hasNextValue()) {
                    return null;
                }
                Map<String, String> values;
                try {
                    values = csv.nextValue();
                } catch (RuntimeException | IOException e) {
                    row++;
                    String why = firstLine(e.getMessage());
                    return problem("line " + csv.getParser().currentLocation().getLineNr() + " is not valid CSV ("
                            + SafeText.clean(why) + ")" + (why.startsWith("Too many entries")
                            ? ": a cell holding the separator must be in double quotes" : ""));
                }
                row++;
                return toRow(lowerKeys(values));
            }
            String text;
            while ((text = boundedLine()) != null) {
                line++;
                if (text == TOO_LONG) {
                    row++;
                    return problem("line " + line + " is longer than " + MAX_ROW_CHARS / 1000 + " 000 characters: "
                            + "split it or shorten its text");
                }
                if (!text.isBlank()) {
                    row++;
                    try {
                        JsonNode node = JSON.readTree(stripBom(text));
                        if (node == null || !node.isObject()) {
                            return problem("line " + line + " is not a JSON object");
                        }
                        Map<String, String> values = new java.util.HashMap<>();
                        node.properties().forEach(e -> values.put(columnName(e.getKey()),
                                e.getValue().isNull() ? null : e.getValue().asText()));
                        return toRow(values);
                    } catch (IOException e) {
                        return problem("line " + line + " is not valid JSON");
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line, or {@link #TOO_LONG} (the rest of that line skipped) when it is longer than a row may be. */
    private String boundedLine() throws IOException {
        StringBuilder b = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (b.length() < MAX_ROW_CHARS) {
                b.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c < 0 && b.length() == 0 && !tooLong) {
            return null;
        }
        return tooLong ? TOO_LONG : b.toString();
    }

    private InputRow toRow(Map<String, String> cells) {
        Map<String, String> v = new java.util.HashMap<>();
        // every cell is outside text: through the gate once, here, before anything reads it
        cells.forEach((k, val) -> v.put(SafeText.clean(k), SafeText.clean(val)));
        String ref = null;
        boolean order = false;
        for (String column : REF_COLUMNS) {
            String value = blankToNull(v.get(column));
            if (value != null) {
                ref = value;
                order = column.equals("tracking_id");
                break;
            }
        }
        String text = blankToNull(v.get("text"));
        StringBuilder problems = new StringBuilder();
        Audience from = parse(Audience.class, v.get("from"), "from", problems);
        Topic topic = parse(Topic.class, v.get("topic"), "topic", problems);
        Lang lang = parse(Lang.class, v.get("lang"), "lang", problems);
        Channel channel = parse(Channel.class, v.get("channel"), "channel", problems);
        if (v.values().stream().anyMatch(value -> value != null && value.indexOf('\uFFFD') >= 0)) {
            problems.append(problems.length() > 0 ? "; " : "").append("the row has bytes that are not UTF-8 text (the "
                    + "file was saved in another encoding): save it as \"CSV UTF-8\" and run this row again");
            return new InputRow(row, ref == null || ref.indexOf('\uFFFD') >= 0 ? null : SafeText.clean(ref), order, null,
                    null, null, null, null, null, problems.toString());
        }
        if (ref == null && text == null) {
            problems.append(problems.length() > 0 ? "; " : "").append("no reference: fill one of ")
                    .append(String.join(", ", REF_COLUMNS)).append(" (or text)");
        }
        return new InputRow(row, ref, order, blankToNull(v.get("gateway")), from, topic, lang, channel,
                text, problems.length() == 0 ? null : problems.toString());
    }

    private InputRow problem(String what) {
        return new InputRow(row, null, false, null, null, null, null, null, null, what);
    }

    private static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String value, String column,
            StringBuilder problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        E e = WireEnum.parse(type, v);
        if (e == null) {
            problems.append(problems.length() > 0 ? "; " : "").append(column).append(" '")
                    .append(v).append("' is not one of ")
                    .append(String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList()));
        }
        return e;
    }

    private static Map<String, String> lowerKeys(Map<String, String> m) {
        Map<String, String> out = new java.util.HashMap<>();
        m.forEach((k, val) -> out.put(columnName(k), val));
        return out;
    }

    /** A header or key as compared: trimmed, lower case, without a byte-order mark. */
    private static String columnName(String k) {
        return k == null ? "" : stripBom(k).trim().toLowerCase(Locale.ROOT);
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
