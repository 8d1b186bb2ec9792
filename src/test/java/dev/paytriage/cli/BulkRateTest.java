package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.gateway.ThrottlingGateway;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * bulk with {@code rate: auto} (the default) against a gateway that answers 429 + Retry-After past
 * its limit and publishes none: the run finds the limit by itself, every row once and in order.
 * Bands, not times: how fast this machine is never decides the outcome.
 */
class BulkRateTest {
    private static final int LIMIT = 60;
    private static final int ROWS = 360;

    private static String body() throws IOException {
        try (InputStream in = BulkRateTest.class.getResourceAsStream("/sandbox/begateway/insufficient_funds_v2.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String ref(int row) {
        // a letter up front: an all-digit uid can read as a card number and be masked, rightly
        return String.format("%05d-b%09x", 10000 + row, row);
    }

    private static Path config(CliRun run, String baseUrl, String rate) throws IOException {
        return Files.writeString(run.home().resolve("config.yaml"), "default_gateway: stub\ngateways:\n  stub:\n"
                + "    type: begateway\n    base_url: " + baseUrl + "\n    shop_id: \"361\"\n    secret_key: rate-test\n"
                + "    total_timeout: 20s\n" + (rate == null ? "" : "    rate: " + rate + "\n"));
    }

    private static Path input(CliRun run) throws IOException {
        StringBuilder csv = new StringBuilder("ref\n");
        IntStream.rangeClosed(1, ROWS).forEach(i -> csv.append(ref(i)).append('\n'));
        return Files.writeString(run.home().resolve("in.csv"), csv);
    }

    @Test
    void auto_rate_settles_near_a_gateways_unpublished_limit_and_keeps_every_row_once_in_order() throws Exception {
        try (ThrottlingGateway gateway = new ThrottlingGateway(LIMIT, 20, "1", body())) {
            CliRun run = new CliRun().stderrTerminal();
            Path config = config(run, gateway.baseUrl(), null);

            CliRun.Result r = run.run("bulk", input(run).toString(), "-j", "8", "--config", config.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            List<JsonNode> rows = BulkCommandTest.lines(r.out());
            assertThat(rows).extracting(j -> j.get("row").asInt())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, ROWS).boxed().toList());
            assertThat(rows).allSatisfy(j -> assertThat(j.get("status").asText()).isEqualTo("ok"));
            assertThat(rows).extracting(j -> j.at("/transaction/id").asText())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, ROWS).mapToObj(BulkRateTest::ref).toList());

            // Eight connections at 20 ms would ask 400 a second: the gateway did throttle, and not often.
            assertThat(gateway.throttled()).isPositive();
            assertThat((double) gateway.throttled() / gateway.requests()).isLessThan(0.10);
            assertThat(gateway.requests()).isEqualTo(ROWS + gateway.throttled());

            Matcher settled = Pattern.compile("stub: settled at (\\d+) requests/s \\(auto\\); (\\d+) of (\\d+) requests "
                    + "throttled").matcher(r.err());
            assertThat(settled.find()).as(r.err()).isTrue();
            assertThat(Integer.parseInt(settled.group(1))).isBetween(LIMIT / 2, LIMIT * 5 / 4);
            assertThat(Long.parseLong(settled.group(2))).isEqualTo(gateway.throttled());
            assertThat(Long.parseLong(settled.group(3))).isEqualTo(gateway.requests());
            assertThat(gateway.acceptedPerSecond()).isBetween(LIMIT * 0.5, LIMIT * 1.25);
            // The progress line (stderr is a terminal here) said how fast and that the gateway throttled.
            assertThat(r.err()).contains("stub ").contains(" req/s").contains("throttled");
        }
    }

    @Test
    void a_number_caps_the_rate_and_is_reported_as_such() throws Exception {
        try (ThrottlingGateway gateway = new ThrottlingGateway(0, 0, "1", body())) {
            CliRun run = new CliRun();
            Path config = config(run, gateway.baseUrl(), "auto");
            Path in = Files.writeString(run.home().resolve("few.csv"), "ref\n" + ref(1) + "\n" + ref(2) + "\n" + ref(3)
                    + "\n");

            CliRun.Result r = run.run("bulk", in.toString(), "--rate", "20", "--config", config.toString());

            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(BulkCommandTest.lines(r.out())).hasSize(3);
            assertThat(r.err()).contains("bulk: stub: ").contains("(rate 20)").contains("none of 3 requests throttled");
            assertThat(gateway.throttled()).isZero();
        }
    }
}
