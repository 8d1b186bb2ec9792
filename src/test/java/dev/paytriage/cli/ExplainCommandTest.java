package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `explain` through the real command tree, offline. */
class ExplainCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void explain_51_gives_the_party_retry_and_visa_category() {
        CliRun.Result r = new CliRun().run("explain", "51");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("PAYER  iso8583 51 · insufficient_funds")
                .contains("retry:        later")
                .contains("visa:         Visa category 2 (Forte, edition 2026-11): issuer cannot approve at this time")
                .contains("confidential: no")
                .contains("next step:")
                .contains("source:       ISO 8583 field 39 response codes, edition 2026-11");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void explain_f0114_in_any_spelling_finds_the_begateway_row() {
        for (String spelling : new String[] {"F.0114", "f.0114", "F0114"}) {
            CliRun.Result r = new CliRun().run("explain", spelling);
            assertThat(r.exit()).as(spelling + ": " + r.err()).isZero();
            assertThat(r.out()).as(spelling).contains("begateway F.0114 · insufficient_funds")
                    .contains("party:        payer");
        }
    }

    @Test
    void explain_card_velocity_exceeded_for_stripe_names_the_card_limit() {
        CliRun.Result r = new CliRun().run("explain", "card_velocity_exceeded", "--gateway", "stripe");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("LIMIT EXCEEDED (card)  stripe card_velocity_exceeded · card_limit_exceeded")
                .contains("party:        limit_exceeded, limit card")
                .contains("This is the cardholder's limit, not the shop's.");
    }

    @Test
    void a_gateway_type_limits_the_search_to_its_namespaces() {
        CliRun.Result r = new CliRun().run("explain", "card_velocity_exceeded", "--gateway", "begateway");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("No code card_velocity_exceeded in begateway, iso8583.");
    }

    @Test
    void an_unknown_code_lists_near_matches_and_exits_3_with_one_line_on_stderr() {
        CliRun.Result r = new CliRun().run("explain", "F.0115x");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("Near matches:").contains("begateway F.0115  (1 character away)");
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("paytriage: no code 'F.0115x'");

        CliRun.Result typo = new CliRun().run("explain", "card_velocity_exeeded", "-g", "stripe");
        assertThat(typo.exit()).isEqualTo(3);
        assertThat(typo.out()).contains("stripe card_velocity_exceeded  (1 character away)");

        CliRun.Result words = new CliRun().run("explain", "turnover");
        assertThat(words.exit()).isEqualTo(3);
        assertThat(words.out()).contains("begateway F.2011");
    }

    @Test
    void a_stripe_network_code_is_explained_from_the_iso_table() {
        CliRun.Result r = new CliRun().run("explain", "05", "-g", "stripe");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("iso8583 05 (as Stripe's network_decline_code) · do_not_honour");
    }

    @Test
    void json_output_has_stable_keys_and_the_visa_category() throws Exception {
        CliRun.Result r = new CliRun().run("explain", "03", "-o", "json");
        assertThat(r.exit()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("paytriage/v1");
        assertThat(j.get("found").asBoolean()).isTrue();
        JsonNode iso = j.get("matches").get(0);
        assertThat(iso.get("namespace").asText()).isEqualTo("iso8583");
        assertThat(iso.get("party").asText()).isEqualTo("acquirer");
        assertThat(iso.get("visa_category").get("category").asInt()).isEqualTo(1);
        assertThat(iso.get("visa_category").get("other_view").asText()).isEqualTo("Checkout.com says category 2");
        assertThat(iso.get("edition").asText()).isEqualTo("2026-11");

        CliRun.Result miss = new CliRun().run("explain", "Q9Q9", "-o", "json");
        assertThat(miss.exit()).isEqualTo(3);
        assertThat(JSON.readTree(miss.out()).get("found").asBoolean()).isFalse();
    }

    @Test
    void a_quoted_gateway_message_is_matched_against_the_patterns() {
        CliRun.Result r = new CliRun().run("explain", "Недостаточно средств на карте");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("as a gateway message · insufficient_funds");
    }

    @Test
    void rows_from_the_config_overrides_are_explained_too() throws Exception {
        CliRun run = new CliRun();
        Path config = run.home().resolve("config.yaml");
        Files.writeString(config, """
                triage:
                  overrides:
                    begateway:
                      F.0777:
                        meaning: "Our acquirer's private code for a terminal in maintenance."
                        party: acquirer
                        reason: acquirer_error
                        family: acquirer_outage
                        retry: later
                        next_step: "Escalate to the acquirer if it lasts over an hour."
                """);
        CliRun.Result r = run.run("explain", "F.0777", "--config", config.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ACQUIRER  begateway F.0777 · acquirer_error");
    }

    @Test
    void an_unknown_gateway_type_is_a_usage_error() {
        CliRun.Result r = new CliRun().run("explain", "51", "--gateway", "paypal");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--gateway paypal is neither a gateway type");
    }
}
