package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.gateway.sandbox.SandboxGateway;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every sandbox transaction, checked through the real command with the topic and complainant it
 * demonstrates, gives the verdict a payment-support lead expects (src/test/resources/sandbox-expected.csv).
 */
class SandboxVerdictTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} ({1}, from {2}) -> {3} {4} {5}")
    @CsvFileSource(resources = "/sandbox-expected.csv", numLinesToSkip = 1)
    void check_gives_the_expected_verdict(String id, String topic, String from, String party, String limit,
            String reason) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", id, "-o", "json"));
        if (topic != null) {
            args.addAll(List.of("--topic", topic));
        }
        if (from != null) {
            args.addAll(List.of("--from", from));
        }
        CliRun.Result r = new CliRun().run(args.toArray(String[]::new));

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode v = JSON.readTree(r.out()).get("verdict");
        assertThat(v.get("party").asText()).as("party of " + id + ", matched " + v.get("matched")).isEqualTo(party);
        assertThat(v.path("limit").asText(null)).as("limit of " + id).isEqualTo(limit);
        assertThat(v.get("reason").asText()).as("reason of " + id + ", matched " + v.get("matched")).isEqualTo(reason);
    }

    @Test
    void the_sandbox_shows_every_party_both_limit_kinds_byr_test_mode_and_two_attempts() throws Exception {
        var parties = new java.util.HashSet<String>();
        var limits = new java.util.HashSet<String>();
        var topicsOnSuccess = new java.util.HashSet<String>();
        var lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                getClass().getResource("/sandbox-expected.csv").toURI()));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            parties.add(f[3]);
            if (!f[4].isEmpty()) {
                limits.add(f[4]);
            }
        }
        for (SandboxGateway.Entry e : SandboxGateway.entries()) {
            if (e.transaction().status() == dev.paytriage.model.TxStatus.SUCCESSFUL && e.topic() != null) {
                topicsOnSuccess.add(e.topic());
            }
        }
        assertThat(parties).containsExactlyInAnyOrder("merchant", "acquirer", "limit_exceeded",
                "module_misconfigured", "issuer", "payer", "gateway", "undetermined");
        assertThat(limits).contains("merchant_turnover", "card");
        assertThat(topicsOnSuccess).contains("charged_not_confirmed", "double_charge", "refund_missing",
                "funds_not_received", "goods_not_delivered");
        assertThat(SandboxGateway.entries()).anyMatch(e -> e.transaction().amount() != null
                && "BYR".equals(e.transaction().amount().currency()));
        assertThat(SandboxGateway.entries()).anyMatch(e -> e.transaction().test());
        assertThat(SandboxGateway.entries()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(new SandboxGateway("sandbox").byOrderId("7731")).hasSize(2);
    }

    @Test
    void sandbox_list_prints_one_line_per_transaction_id_first() {
        CliRun.Result r = new CliRun().run("sandbox", "list");
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(SandboxGateway.entries().size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).split("\\s+")[0]).isEqualTo(SandboxGateway.entries().get(i).id());
        }
    }
}
