package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A flat table for spreadsheets: one row per input row, fixed columns — what a support lead looks
 * for first (status, verdict, the gateway's own message, the masked card) and the reply. A cell a
 * spreadsheet could run as a formula is prefixed with an apostrophe (OWASP "CSV injection"): one
 * that starts with = + - @, tab or CR, also behind leading spaces, no-break or zero-width spaces,
 * line breaks, and in the full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) some spreadsheets
 * fold to ASCII.
 */
public final class CsvSink implements ResultSink {
    static final List<String> COLUMNS = List.of("row", "status", "ref", "gateway", "transaction_id",
            "transaction_status", "amount", "currency", "created_at", "shop", "order_id", "card", "code",
            "gateway_message", "party", "limit", "reason", "confidence", "summary", "next_step", "reply", "error_kind",
            "error_message");
    static final String HEADER = String.join(",", COLUMNS);

    private final Writer out;
    private final com.fasterxml.jackson.databind.ObjectWriter writer;
    private boolean headerWritten;

    public CsvSink(Writer out, boolean headerAlreadyWritten) {
        this.out = out;
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        this.writer = new CsvMapper().writerFor(List.class).with(b.build().withoutHeader());
        this.headerWritten = headerAlreadyWritten;
    }

    @Override
    public void write(RowResult r) throws IOException {
        if (!headerWritten) {
            out.write(HEADER + "\n");
            headerWritten = true;
        }
        JsonNode j = r.json();
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(r.row()));
        cells.add(r.status());
        cells.add(text(j.at("/query/ref")));
        cells.add(text(j.at("/query/gateway")));
        cells.add(text(j.at("/transaction/id")));
        cells.add(text(j.at("/transaction/status")));
        cells.add(j.at("/transaction/amount/minor").isMissingNode() || j.at("/transaction/amount/minor").isNull() ? ""
                : j.at("/transaction/amount").path("display").asText().split(" ")[0]);
        cells.add(text(j.at("/transaction/amount/currency")));
        cells.add(text(j.at("/transaction/created_at")));
        cells.add(text(j.at("/transaction/shop")));
        cells.add(text(j.at("/transaction/order_id")));
        cells.add(card(j.at("/transaction/card")));
        cells.add(text(j.at("/transaction/decline/code")));
        cells.add(text(j.at("/transaction/decline/message")));
        cells.add(text(j.at("/verdict/party")));
        cells.add(text(j.at("/verdict/limit")));
        cells.add(text(j.at("/verdict/reason")));
        cells.add(text(j.at("/verdict/confidence")));
        cells.add(text(j.at("/verdict/summary")));
        cells.add(text(j.at("/verdict/next_steps/0")));
        cells.add(text(j.at("/reply/text")));
        cells.add(text(j.at("/error/kind")));
        cells.add(text(j.at("/error/message")));
        out.write(writer.writeValueAsString(cells.stream().map(CsvSink::spreadsheetSafe).toList()));
    }

    static String spreadsheetSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (FORMULA_START.indexOf(c) >= 0) {
                return "'" + cell;
            }
            if (!ignoredBeforeFormula(c)) {
                return cell;
            }
        }
        // Only blanks: harmless, but a tab or CR alone is still how an injected cell begins.
        return cell.charAt(0) == '\t' || cell.charAt(0) == '\r' ? "'" + cell : cell;
    }

    /** What starts a formula, in ASCII and in the full-width and small forms that fold to it. */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B";

    /** What a spreadsheet may skip before reading a formula: spaces of every kind, zero-width marks, line breaks. */
    private static boolean ignoredBeforeFormula(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E'
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL;
    }

    /** The card as the contract's JSON masks it ("420000******0000"), else its brand and last four. */
    private static String card(JsonNode c) {
        if (c == null || c.isMissingNode() || c.isNull()) {
            return "";
        }
        String masked = text(c.get("masked"));
        if (!masked.isEmpty()) {
            return (text(c.get("brand")).isEmpty() ? "" : text(c.get("brand")) + " ") + masked;
        }
        String last4 = text(c.get("last4"));
        return last4.isEmpty() ? text(c.get("brand")) : (text(c.get("brand")) + " •••• " + last4).trim();
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? "" : n.asText();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        out.close();
    }
}
