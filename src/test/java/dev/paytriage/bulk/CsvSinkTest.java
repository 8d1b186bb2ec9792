package dev.paytriage.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.paytriage.output.Json;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV a support lead opens in a spreadsheet: no cell runs as a formula, and the columns they look for. */
class CsvSinkTest {

    /** Every way a formula can hide at the start of a cell that the issue found or a spreadsheet folds. */
    private static final List<String> HIDING = List.of("", " ", "   ", "\u00A0", "\u200B", "\u2060", "\uFEFF", "\n",
            "\r\n", " \n ", "\u3000", "\u2002", "\u202F", "\u00AD", "\u200B\u00A0 ");
    private static final List<String> STARTS = List.of("=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D",
            "\uFF20", "\uFE66", "\uFE62", "\uFE63", "\uFE6B");

    @Test
    void a_formula_start_behind_any_blank_or_in_full_width_is_neutralised() {
        int tried = 0;
        for (String hide : HIDING) {
            for (String start : STARTS) {
                String cell = hide + start + "HYPERLINK(\"http://evil.example\",\"x\")";
                assertThat(CsvSink.spreadsheetSafe(cell)).as("cell %s", cell.codePoints()
                        .mapToObj(c -> String.format("U+%04X", c)).toList()).startsWith("'");
                tried++;
            }
        }
        assertThat(tried).isEqualTo(HIDING.size() * STARTS.size());
    }

    @Test
    void ordinary_text_numbers_and_blanks_are_left_alone() {
        for (String cell : List.of("Insufficient funds", "45.90", " 12", "Cosmo Books", "\u00A0text", "a=b", "x-y", "")) {
            assertThat(CsvSink.spreadsheetSafe(cell)).isEqualTo(cell);
        }
        assertThat(CsvSink.spreadsheetSafe(null)).isEmpty();
    }

    @Test
    void a_row_shows_the_gateways_message_and_the_masked_card_and_reads_back_as_one_record() throws Exception {
        ObjectNode j = Json.object();
        ObjectNode t = j.putObject("transaction");
        t.put("id", "58213-4f9a1c2b7e");
        ObjectNode card = t.putObject("card");
        card.put("brand", "visa");
        card.put("masked", "425793******3816");
        ObjectNode decline = t.putObject("decline");
        decline.put("code", "51");
        decline.put("message", "=cmd|' /C calc'!A0");
        j.putObject("reply").put("text", "Line one,\n\"quoted\"\n+ line three");
        StringWriter out = new StringWriter();

        new CsvSink(out, false).write(new RowResult(1, "ok", "payer", "insufficient_funds", j));

        List<Map<String, String>> rows = new ArrayList<>();
        new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(out.toString()).forEachRemaining(rows::add);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("card")).isEqualTo("visa 425793******3816");
            assertThat(r.get("code")).isEqualTo("51");
            assertThat(r.get("gateway_message")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(r.get("reply")).isEqualTo("Line one,\n\"quoted\"\n+ line three");
        });
    }
}
