package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_good_lookup_prints_verdict_and_reply_and_exits_0() {
        CliRun.Result r = new CliRun().run("check", "58213-4f9a1c2b7e");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("● PAYER  insufficient_funds");
        assertThat(r.out()).contains("Reply to the payer (en, chat)").contains("not enough funds");
        assertThat(r.out()).doesNotContain("\u001b[");
    }

    @Test
    void json_output_has_the_contract_fields_in_a_stable_order() throws Exception {
        CliRun.Result r = new CliRun().run("check", "58213-4f9a1c2b7e", "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("paytriage/v1");
        assertThat(j.at("/query/ref").asText()).isEqualTo("58213-4f9a1c2b7e");
        assertThat(j.at("/query/gateway").asText()).isEqualTo("sandbox");
        assertThat(j.at("/query/from").asText()).isEqualTo("payer");
        assertThat(j.at("/transaction/gateway_type").asText()).isEqualTo("begateway");
        assertThat(j.at("/transaction/status").asText()).isEqualTo("failed");
        assertThat(j.at("/transaction/amount/minor").isIntegralNumber()).isTrue();
        assertThat(j.at("/transaction/amount/display").asText()).matches("\\d+\\.\\d{2} [A-Z]{3}");
        assertThat(j.at("/transaction/card/masked").asText()).matches("\\d{6}\\*{6}\\d{4}");
        assertThat(j.at("/transaction/decline/code").asText()).isEqualTo("51");
        assertThat(j.at("/verdict/party").asText()).isEqualTo("payer");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("insufficient_funds");
        assertThat(j.at("/verdict/confidence").asText()).isEqualTo("high");
        assertThat(j.at("/verdict/evidence").size()).isPositive();
        assertThat(j.at("/verdict/next_steps").size()).isPositive();
        assertThat(j.at("/reply/text").asText()).contains("not enough funds");
        assertThat(j.at("/reply/parts").size()).isEqualTo(1);
        var keys = new java.util.ArrayList<String>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "query", "transaction", "verdict", "reply");
        CliRun.Result again = new CliRun().run("check", "58213-4f9a1c2b7e", "-o", "json");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).as("the same answer twice").isEqualTo(r.out());
    }

    @Test
    void an_order_id_finds_every_attempt_and_judges_the_latest() throws Exception {
        CliRun.Result r = new CliRun().run("check", "7731", "--tracking-id", "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.at("/query/matched_by").asText()).isEqualTo("order_id");
        assertThat(j.at("/attempts").size()).isEqualTo(2);
        assertThat(j.at("/transaction/status").asText()).isEqualTo("successful");
        assertThat(j.at("/attempts/1/status").asText()).isEqualTo("failed");
    }

    @Test
    void an_unknown_id_exits_3_with_one_line() {
        CliRun.Result r = new CliRun().run("check", "no-such-payment");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("no transaction no-such-payment on gateway sandbox").contains("--gateway");
    }

    @Test
    void a_broken_config_exits_5_naming_file_line_and_key() throws Exception {
        CliRun run = new CliRun();
        Path cfg = run.home().resolve("c.yaml");
        Files.writeString(cfg, "default_gateway: sandbox\ngateways:\n  bp:\n    type: begateway\n    base_url: https://x.example\n    shop_id: 1\n    secert_key: abc\n");

        CliRun.Result r = run.run("check", "58213-4f9a1c2b7e", "--config", cfg.toString());

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(cfg.toString()).contains("line 7").contains("gateways.bp.secert_key")
                .contains("secret_key");
        assertThat(r.err()).doesNotContain("abc");
    }

    @Test
    void a_bad_option_exits_2_with_a_suggestion() {
        CliRun.Result r = new CliRun().run("check", "58213-4f9a1c2b7e", "--topik", "double_charge");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'--topik'").contains("--topic").contains("paytriage check --help");
    }

    @Test
    void a_bad_enum_value_lists_the_valid_ones() {
        CliRun.Result r = new CliRun().run("check", "58213-4f9a1c2b7e", "--from", "shopkeeper");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("payer, merchant");
    }

    @Test
    void colour_is_off_when_NO_COLOR_is_set_even_if_forced() {
        CliRun.Result r = new CliRun().env("CLICOLOR_FORCE", "1").run("check", "58213-4f9a1c2b7e");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("insufficient").doesNotContain("\u001b[");
    }

    @Test
    void colour_is_on_when_forced_and_NO_COLOR_is_absent_but_never_in_json() {
        CliRun run = new CliRun().env("NO_COLOR", "").env("CLICOLOR_FORCE", "1");
        CliRun.Result text = run.run("check", "58213-4f9a1c2b7e");
        CliRun.Result json = run.run("check", "58213-4f9a1c2b7e", "-o", "json");
        CliRun.Result plain = run.run("check", "58213-4f9a1c2b7e", "--no-color");

        assertThat(List.of(text.exit(), json.exit(), plain.exit())).containsOnly(0);
        assertThat(text.out()).contains("\u001b[");
        assertThat(json.out()).startsWith("{").doesNotContain("\u001b[");
        assertThat(plain.out()).contains("insufficient").doesNotContain("\u001b[");
    }

    @Test
    void help_reads_well_with_examples_and_exit_codes() {
        CliRun.Result root = new CliRun().run("--help");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).contains("Examples:").contains("Exit codes:").contains("check").contains("sandbox");

        CliRun.Result check = new CliRun().run("check", "--help");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("Examples:").contains("--tracking-id").contains("--topic").contains("--gateway");
    }
}
