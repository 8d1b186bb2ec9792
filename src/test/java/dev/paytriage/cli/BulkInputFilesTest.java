package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bulk input as spreadsheets and people really save it: byte-order marks, Windows-1251 from a Russian
 * Excel, stray bytes that are no encoding at all, semicolons, a text column alone, a folder. Every
 * row still gets exactly one line; what cannot be read is that row's error, never the run's end.
 */
class BulkInputFilesTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static List<JsonNode> lines(String out) {
        return BulkCommandTest.lines(out);
    }

    private static byte[] bytes(Object... parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Object p : parts) {
            b.write(p instanceof byte[] raw ? raw : p.toString().getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static CliRun.Result bulk(CliRun run, String name, byte[] content, String... more) throws Exception {
        Path in = run.home().resolve(name);
        Files.write(in, content);
        String[] args = new String[more.length + 2];
        args[0] = "bulk";
        args[1] = in.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return run.run(args);
    }

    @Test
    void a_csv_saved_as_excel_csv_utf8_with_a_byte_order_mark_reads_its_header() throws Exception {
        CliRun.Result r = bulk(new CliRun(), "bom.csv", bytes(BOM, "ref,topic\r\n58213-4f9a1c2b7e,\r\n"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.out())).singleElement().satisfies(j -> assertThat(j.at("/status").asText()).isEqualTo("ok"));
    }

    @Test
    void jsonl_starting_with_a_byte_order_mark_reads_its_first_row() throws Exception {
        CliRun.Result r = bulk(new CliRun(), "bom.jsonl", bytes(BOM, "{\"ref\":\"58213-4f9a1c2b7e\"}\n"));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.out())).singleElement().satisfies(j -> assertThat(j.at("/row").asInt()).isEqualTo(1));
    }

    @Test
    void a_russian_excel_csv_in_windows_1251_with_semicolons_is_read_as_such_and_says_so() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        String csv = "ref;text\n58213-4f9a1c2b7e;Платёж по карте не прошёл, деньги не списаны\n"
                + ";Здравствуйте, заказ 7731 не оплачен, а деньги списали\n";

        CliRun.Result r = bulk(new CliRun(), "excel-ru.csv", csv.getBytes(cp1251));

        assertThat(r.err()).contains("not UTF-8; reading it as Windows-1251");
        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.at("/status").asText()).containsExactly("ok", "ok");
        assertThat(rows.get(0).at("/complaint/language").asText()).isEqualTo("ru");
        assertThat(rows.get(1).at("/query/ref").asText()).isEqualTo("7731");
        assertThat(rows.get(1).at("/reply/lang").asText()).isEqualTo("ru");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void bytes_that_are_no_text_in_one_row_make_that_row_an_error_and_the_rest_run() throws Exception {
        byte[] content = bytes("ref,text\n",
                "58213-4f9a1c2b7e,Платёж не прошёл\n",
                "66419-0c7b3e9a52,bad ", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3}, " bytes\n",
                "7731,Заказ не оплачен\n");

        CliRun.Result r = bulk(new CliRun(), "mixed.csv", content);

        assertThat(r.exit()).isEqualTo(6);
        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.at("/row").asInt()).containsExactly(1, 2, 3);
        assertThat(rows).extracting(j -> j.at("/status").asText()).containsExactly("ok", "error", "ok");
        assertThat(rows.get(1).at("/error/kind").asText()).isEqualTo("input");
        assertThat(rows.get(1).at("/error/message").asText()).contains("not UTF-8").contains("CSV UTF-8");
        assertThat(rows.get(1).at("/query/ref").asText()).isEqualTo("66419-0c7b3e9a52");
        assertThat(r.err()).doesNotContain("Windows-1251").doesNotContain("Exception");
    }

    @Test
    void a_western_excel_csv_in_windows_1252_is_not_mistaken_for_cyrillic_its_rows_are_reported() throws Exception {
        byte[] content = bytes("ref,text\n58213-4f9a1c2b7e,Caf", new byte[] {(byte) 0xE9}, " r", new byte[] {(byte) 0xE9},
                "sum", new byte[] {(byte) 0xE9}, " na", new byte[] {(byte) 0xEF}, "ve\n");

        CliRun.Result r = bulk(new CliRun(), "excel-en.csv", content);

        assertThat(r.err()).doesNotContain("Windows-1251");
        assertThat(lines(r.out())).singleElement().satisfies(j -> {
            assertThat(j.at("/status").asText()).isEqualTo("error");
            assertThat(j.at("/error/message").asText()).contains("not UTF-8");
        });
        assertThat(r.exit()).isEqualTo(6);
    }

    @Test
    void a_csv_with_only_a_text_column_is_read_as_complaints() throws Exception {
        CliRun.Result r = bulk(new CliRun(), "texts.csv", bytes("text\n",
                "\"Здравствуйте, заказ 7731 не оплачен, а деньги списали\"\n",
                "\"payment failed twice on your site, what is going on?\"\n"));

        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.at("/status").asText()).containsExactly("ok", "not_found");
        assertThat(rows.get(1).at("/complaint/missing").size()).isPositive();
        assertThat(r.exit()).isEqualTo(6);
        assertThat(r.err()).doesNotContain("no reference column");
    }

    @Test
    void a_folder_as_input_is_one_line_exit_2() {
        CliRun run = new CliRun();

        CliRun.Result r = run.run("bulk", run.home().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("is a folder");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void a_missing_input_is_one_line_exit_2() {
        CliRun run = new CliRun();

        CliRun.Result r = run.run("bulk", run.home().resolve("nope.csv").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("no such file");
    }

    @Test
    void a_line_of_json_longer_than_any_row_is_that_rows_error() throws Exception {
        String huge = "x".repeat(1_200_000);
        CliRun.Result r = new CliRun().stdin("{\"ref\":\"58213-4f9a1c2b7e\"}\n{\"text\":\"" + huge + "\"}\n"
                + "{\"ref\":\"7731\"}\n").run("bulk", "-");

        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.at("/status").asText()).containsExactly("ok", "error", "ok");
        assertThat(rows.get(1).at("/error/message").asText()).contains("longer than");
        assertThat(r.exit()).isEqualTo(6);
    }

    @Test
    void a_broken_csv_line_is_its_rows_error_with_the_line_and_a_hint() throws Exception {
        CliRun.Result r = bulk(new CliRun(), "broken.csv", bytes("ref,topic\n58213-4f9a1c2b7e,\n7731,a,b,c\n66419-0c7b3e9a52,\n"));

        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.at("/status").asText()).containsExactly("ok", "error", "ok");
        assertThat(rows.get(1).at("/error/message").asText()).contains("line 3").contains("double quotes");
        assertThat(r.exit()).isEqualTo(6);
    }

    @Test
    void rows_that_once_overflowed_the_stack_each_get_their_one_line_and_resume_does_not_redo_them() throws Exception {
        CliRun run = new CliRun();
        StringBuilder orders = new StringBuilder("orders");
        for (int i = 0; i < 600; i++) {
            orders.append(' ').append(10_000 + i);
        }
        Path out = run.home().resolve("out.jsonl");
        byte[] content = bytes("{\"text\":\"" + orders + "\"}\n",
                "{\"text\":\"digits " + "7".repeat(5_000) + "\"}\n",
                "{\"ref\":\"58213-4f9a1c2b7e\"}\n");

        CliRun.Result r = bulk(run, "digits.jsonl", content, "-o", out.toString());
        CliRun.Result again = run.run("bulk", run.home().resolve("digits.jsonl").toString(), "-o", out.toString(),
                "--resume");

        assertThat(r.exit()).as(r.err()).isEqualTo(6);
        List<JsonNode> rows = lines(Files.readString(out));
        assertThat(rows).extracting(j -> j.at("/row").asInt()).containsExactly(1, 2, 3);
        assertThat(rows.get(1).at("/status").asText()).isIn("error", "not_found");
        assertThat(rows.get(2).at("/status").asText()).isEqualTo("ok");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(again.exit()).isEqualTo(6);
        assertThat(again.err()).contains("0 rows written").contains("3 kept from the earlier run");
        assertThat(lines(Files.readString(out))).hasSize(3);
    }
}
