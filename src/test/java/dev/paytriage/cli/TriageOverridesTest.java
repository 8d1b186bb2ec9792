package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** triage settings from the config change verdicts without a rebuild; a bad one fails naming file, line, key. */
class TriageOverridesTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path config(CliRun run, String text) throws Exception {
        Path p = run.home().resolve("config.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void an_override_replaces_a_bundled_row_for_check() throws Exception {
        CliRun run = new CliRun();
        Path c = config(run, """
                triage:
                  overrides:
                    iso8583:
                      "51":
                        meaning: "This acquirer sends 51 when its own daily cap is hit."
                        party: limit_exceeded
                        limit: merchant_turnover
                        reason: merchant_turnover_limit
                        family: merchant_turnover_limit
                        retry: after_fix
                        next_step: "Ask {acquirer} to lift the daily cap of {shop}."
                """);
        CliRun.Result r = run.run("check", "58213-4f9a1c2b7e", "-o", "json", "--config", c.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode v = JSON.readTree(r.out()).get("verdict");
        assertThat(v.get("party").asText()).isEqualTo("limit_exceeded");
        assertThat(v.get("limit").asText()).isEqualTo("merchant_turnover");
        assertThat(v.get("next_steps").get(0).asText()).startsWith("Ask the acquirer behind connection")
                .endsWith("to lift the daily cap of Cosmo Books.");
    }

    @Test
    void acquirers_and_business_hours_make_the_turnover_limit_steps_concrete() throws Exception {
        CliRun run = new CliRun();
        Path c = config(run, """
                triage:
                  business_hours: Mon-Fri 09:00-11:00
                  time_zone: Europe/Minsk
                  acquirers:
                    "4105": "Belarusbank, merchant desk +375 17 000-00-00"
                """);
        // CliRun's clock: Monday 2026-11-23 09:00 UTC = 12:00 in Minsk, after this desk closes
        CliRun.Result r = run.run("check", "61874-b2c90e4d17", "--from", "merchant", "-o", "json", "--config",
                c.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode v = JSON.readTree(r.out()).get("verdict");
        assertThat(v.get("next_steps").get(0).asText()).startsWith(
                "Ask Belarusbank, merchant desk +375 17 000-00-00 (acquirer connection 4105) to raise the turnover limit of TicketHub");
        assertThat(v.get("next_steps").get(1).asText()).startsWith("It is Monday 12:00 Europe/Minsk")
                .contains("duty channel");
        assertThat(v.get("evidence").toString()).contains("outside the acquirer's business hours (Mon-Fri 09:00-11:00)");
    }

    @Test
    void a_bad_override_row_stops_with_the_file_line_and_key() throws Exception {
        CliRun run = new CliRun();
        Path c = config(run, """
                default_gateway: sandbox
                triage:
                  overrides:
                    begateway:
                      F.0777:
                        meaning: "x"
                        party: acquirerr
                        reason: acquirer_error
                        family: acquirer_outage
                        next_step: "y"
                """);
        CliRun.Result r = run.run("config", "check", "--config", c.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(5);
        assertThat(r.err().lines().toList()).containsExactly("paytriage: config " + c + " line 5: triage.overrides.begateway.F.0777"
                + " has unknown party 'acquirerr' (one of merchant, acquirer, limit_exceeded, module_misconfigured,"
                + " issuer, payer, gateway, undetermined): fix the row");
    }

    @Test
    void bad_business_hours_or_time_zone_name_the_key() throws Exception {
        CliRun run = new CliRun();
        Path c = config(run, "triage:\n  business_hours: weekdays\n");
        CliRun.Result r = run.run("config", "check", "--config", c.toString());
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("line 2: triage.business_hours is 'weekdays': write it as Mon-Fri 09:00-18:00");

        Path z = config(new CliRun(), "triage:\n  time_zone: Mars/Olympus\n");
        CliRun.Result rz = new CliRun().run("config", "check", "--config", z.toString());
        assertThat(rz.exit()).isEqualTo(5);
        assertThat(rz.err()).contains("triage.time_zone is 'Mars/Olympus'");
    }
}
