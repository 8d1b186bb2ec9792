package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CSV = """
            ref,topic,from
            58213-4f9a1c2b7e,,
            7731,charged_not_confirmed,
            nope-123,,
            ,,
            66419-0c7b3e9a52,charged_not_confirmed,merchant
            pi_3SQx3FNfQ2vKr8aT4XGgLeKv,bogus,
            """;

    /** Each line of bulk's output as JSON (the test fails on a line that is not). */
    static List<JsonNode> lines(String out) {
        return out.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void every_row_gets_exactly_one_line_in_input_order_and_failures_exit_6() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, CSV);

        CliRun.Result r = run.run("bulk", in.toString(), "-j", "4");

        assertThat(r.exit()).isEqualTo(6);
        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.get("row").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(rows).extracting(j -> j.get("status").asText())
                .containsExactly("ok", "ok", "not_found", "error", "ok", "error");
        assertThat(rows.get(0).at("/verdict/party").asText()).isEqualTo("payer");
        assertThat(rows.get(1).at("/query/matched_by").asText()).isEqualTo("order_id");
        assertThat(rows.get(1).at("/verdict/reason").asText()).isEqualTo("notification_not_processed");
        assertThat(rows.get(2).at("/error/kind").asText()).isEqualTo("not_found");
        assertThat(rows.get(2).at("/query/gateway").asText()).isEqualTo("sandbox");
        assertThat(rows.get(3).at("/error/message").asText()).contains("no reference");
        assertThat(rows.get(4).at("/reply/audience").asText()).isEqualTo("merchant");
        assertThat(rows.get(5).at("/error/message").asText()).contains("topic 'bogus'");
        assertThat(r.err()).contains("bulk: 6 rows written: 3 ok, 1 not found, 2 failed");
        assertThat(r.err()).doesNotContain("\r");
    }

    @Test
    void jsonl_from_stdin_with_all_rows_found_exits_0() {
        CliRun.Result r = new CliRun()
                .stdin("{\"ref\":\"58213-4f9a1c2b7e\"}\n\n{\"tracking_id\":\"7731\",\"from\":\"merchant\"}\n")
                .run("bulk", "-");

        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> rows = lines(r.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).at("/query/matched_by").asText()).isEqualTo("order_id");
        assertThat(rows.get(1).at("/reply/audience").asText()).isEqualTo("merchant");
    }

    @Test
    void resume_keeps_finished_rows_drops_a_cut_line_and_finishes_the_rest() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, CSV);
        Path out = run.home().resolve("out.jsonl");
        assertThat(run.run("bulk", in.toString(), "-o", out.toString()).exit()).isEqualTo(6);
        List<String> full = Files.readAllLines(out);
        // As if the run had been killed while writing row 4:
        Files.writeString(out, full.get(0) + "\n" + full.get(1) + "\n" + full.get(2) + "\n"
                + full.get(3).substring(0, 20));

        CliRun.Result again = run.run("bulk", in.toString(), "-o", out.toString(), "--resume");

        assertThat(again.exit()).isEqualTo(6);
        assertThat(again.err()).contains("3 kept from the earlier run");
        List<JsonNode> rows = lines(Files.readString(out));
        assertThat(rows).extracting(j -> j.get("row").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void an_existing_output_file_is_not_overwritten_without_resume() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, CSV);
        Path out = run.home().resolve("out.jsonl");
        Files.writeString(out, "{\"row\":1}\n");

        CliRun.Result r = run.run("bulk", in.toString(), "-o", out.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("already has results").contains("--resume");
        assertThat(Files.readString(out)).isEqualTo("{\"row\":1}\n");
    }

    @Test
    void a_header_without_a_reference_column_is_one_clear_line_exit_2() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "amount,shop\n12.50,Cosmo\n");

        CliRun.Result r = run.run("bulk", in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("no reference column").contains("found: amount, shop");
    }

    @Test
    void csv_output_is_a_flat_table_safe_to_open_in_a_spreadsheet() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\n58213-4f9a1c2b7e\n=HYPERLINK(\"http://evil\")\n");
        Path out = run.home().resolve("out.csv");

        CliRun.Result r = run.run("bulk", in.toString(), "-o", out.toString());

        assertThat(r.exit()).isEqualTo(6);
        String csv = Files.readString(out);
        assertThat(csv).startsWith("row,status,ref,gateway,transaction_id");
        assertThat(csv).contains("\n1,ok,58213-4f9a1c2b7e,sandbox,58213-4f9a1c2b7e,failed,45.90,BYN");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void a_card_number_in_the_input_never_reaches_the_output() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\n4111111111111111\n");

        CliRun.Result r = run.run("bulk", in.toString());

        assertThat(r.exit()).as("a card number is no payment reference: its row is not found").isEqualTo(6);
        assertThat(r.out() + r.err()).doesNotContain("4111111111111111").contains("411111******1111");
    }

    @Test
    void complaint_text_rows_are_read_as_complaints_masked_and_answered_in_their_language() {
        CliRun.Result r = new CliRun().stdin(String.join("\n",
                "{\"text\":\"Здравствуйте, с карты 4276 3800 1234 5678 списали 142,50 руб, а заказ 7731 не оплачен\"}",
                "{\"text\":\"payment failed twice on your site\"}",
                "{\"ref\":\"58213-4f9a1c2b7e\",\"text\":\"why was my card declined?\"}", "")).run("bulk", "-");

        assertThat(r.exit()).isEqualTo(6);
        List<JsonNode> rows = lines(r.out());
        assertThat(rows).extracting(j -> j.get("status").asText()).containsExactly("ok", "not_found", "ok");
        assertThat(rows.get(0).at("/complaint/language").asText()).isEqualTo("ru");
        assertThat(rows.get(0).at("/reply/lang").asText()).isEqualTo("ru");
        assertThat(rows.get(0).at("/verdict/reason").asText()).isEqualTo("notification_not_processed");
        assertThat(rows.get(1).at("/verdict/party").asText()).isEqualTo("undetermined");
        assertThat(rows.get(1).at("/complaint/missing").size()).isPositive();
        assertThat(rows.get(2).at("/verdict/reason").asText()).isEqualTo("insufficient_funds");
        assertThat(r.out() + r.err()).doesNotContain("4276 3800 1234 5678").doesNotContain("4276380012345678");
    }
}
