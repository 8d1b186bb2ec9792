package dev.paytriage.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A flat table for spreadsheets: one row per input row, fixed columns. Cells that a spreadsheet
 * would run as a formula (starting with = + - @ tab or CR) are prefixed with an apostrophe.
 */
public final class CsvSink implements ResultSink {
    static final List<String> COLUMNS = List.of("row", "status", "ref", "gateway", "transaction_id",
            "transaction_status", "amount", "currency", "created_at", "shop", "order_id", "code", "party", "limit",
            "reason", "confidence", "summary", "next_step", "reply", "error_kind", "error_message");
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
        cells.add(text(j.at("/transaction/decline/code")));
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
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
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
