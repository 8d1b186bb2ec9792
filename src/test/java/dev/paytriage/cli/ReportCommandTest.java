package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.gateway.sandbox.SandboxGateway;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static CliRun run;
    private static Path results;

    /** A bulk run over every sandbox case, each with the topic and complainant it demonstrates. */
    @BeforeAll
    static void bulkRunOverTheSandbox() throws Exception {
        run = new CliRun();
        StringBuilder csv = new StringBuilder("ref,topic,from\n");
        for (SandboxGateway.Entry e : SandboxGateway.entries()) {
            csv.append(e.id()).append(',').append(e.topic() == null ? "" : e.topic()).append(',')
                    .append(e.from() == null ? "" : e.from()).append('\n');
        }
        csv.append("no-such-ref,,\n");
        Path in = run.home().resolve("all.csv");
        Files.writeString(in, csv);
        results = run.home().resolve("results.jsonl");
        assertThat(run.run("bulk", in.toString(), "-o", results.toString()).exit()).isEqualTo(6);
    }

    @Test
    void the_report_counts_by_status_party_and_reason_and_finds_the_incident() {
        CliRun.Result r = run.run("report", results.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        int cases = SandboxGateway.entries().size();
        assertThat(r.out()).contains((cases + 1) + " rows — " + cases + " ok, 1 not found, 0 failed");
        assertThat(r.out()).contains("Looks like an incident")
                .contains("4 different cards failed at shop Bulba Games with begateway:F.0105");
        assertThat(r.out()).contains("By party").contains("By reason").contains("many_cards_declined")
                .contains("limit_exceeded (merchant_turnover)");
    }

    @Test
    void json_lists_the_incident_with_its_rows() throws Exception {
        CliRun.Result r = run.run("report", results.toString(), "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = JSON.readTree(r.out());
        assertThat(j.get("schema").asText()).isEqualTo("paytriage/report/v1");
        assertThat(j.at("/by_status/ok").asInt()).isEqualTo(SandboxGateway.entries().size());
        assertThat(j.at("/by_status/not_found").asInt()).isEqualTo(1);
        JsonNode incident = j.get("incidents").get(0);
        assertThat(incident.get("kind").asText()).isEqualTo("many_cards");
        assertThat(incident.get("shop").asText()).isEqualTo("Bulba Games");
        assertThat(incident.get("count").asInt()).isEqualTo(4);
        assertThat(incident.get("rows").size()).isEqualTo(4);
    }

    @Test
    void a_higher_card_threshold_finds_no_cluster() {
        CliRun.Result four = run.run("report", results.toString(), "--min-cards", "4");
        CliRun.Result five = run.run("report", results.toString(), "--min-cards", "5");

        assertThat(four.exit()).as(four.err()).isZero();
        assertThat(four.out()).contains("4 different cards failed at shop Bulba Games");
        assertThat(five.exit()).as(five.err()).isZero();
        assertThat(five.out()).as("the rest of the report is there").contains("By party").contains("By reason")
                .doesNotContain("different cards failed").doesNotContain("Looks like an incident");
    }

    @Test
    void csv_results_are_refused_with_one_line() throws Exception {
        Path csv = run.home().resolve("results.csv");
        Files.writeString(csv, "row,status\n1,ok\n");

        CliRun.Result r = run.run("report", csv.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("not JSON").contains("paytriage bulk");
    }
}
