package dev.paytriage.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.SilentServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the agent sees when a live gateway misbehaves: a verdict after transient failures, one clear
 * line and exit 4 when it cannot answer, exit 3 when it does not know the payment, never a stack
 * trace without --verbose, never a secret.
 */
class LiveGatewayFailureTest {
    static final LiveStub stub = new LiveStub();
    static final String UID = "58213-4f9a1c2b7e";
    static final String CHARGE = "ch_3SR5wPLx7pWmE3cB4Co7gNrc";

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.server.resetAll();
    }

    private static String sandbox(String file) throws IOException {
        try (InputStream in = LiveGatewayFailureTest.class.getClassLoader().getResourceAsStream("sandbox/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static CliRun.Result check(String baseUrl, String timeouts, String... args) {
        CliRun run = LiveConfig.run();
        Path config = LiveConfig.write(run, LiveConfig.yaml(baseUrl, "Cosmo Books", timeouts));
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        CliRun.Result r = LiveConfig.checked(run.run(all.toArray(String[]::new)));
        if (!List.of(args).contains("--verbose")) {
            assertThat(r.err()).as("no stack trace without --verbose").doesNotContain("\tat ").doesNotContain("Exception");
        }
        return r;
    }

    private static String fast() {
        return LiveConfig.timeouts("1s", "1s", "3s", 3);
    }

    private static int requests(String path) {
        return stub.server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void five_hundred_twice_then_200_still_gives_a_verdict() throws Exception {
        String path = "/transactions/" + UID;
        stub.server.stubFor(get(path).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("1")
                .willReturn(aResponse().withStatus(500)));
        stub.server.stubFor(get(path).inScenario("s").whenScenarioStateIs("1").willSetStateTo("2")
                .willReturn(aResponse().withStatus(500)));
        stub.server.stubFor(get(path).inScenario("s").whenScenarioStateIs("2")
                .willReturn(okJson(sandbox("begateway/insufficient_funds_v2.json"))));

        CliRun.Result r = check(stub.server.baseUrl(), fast(), UID);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("● PAYER  insufficient_funds");
        assertThat(r.err()).isEmpty();
        assertThat(requests(path)).isEqualTo(3);
    }

    @Test
    void a_429_with_retry_after_1_is_waited_for_then_answered() throws Exception {
        String path = "/v1/charges/" + CHARGE;
        stub.server.stubFor(get(path).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("1")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        stub.server.stubFor(get(path).inScenario("s").whenScenarioStateIs("1")
                .willReturn(okJson(sandbox("stripe/charge_incorrect_cvc.json"))));
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(okJson("{\"data\":[]}")));

        long started = System.nanoTime();
        CliRun.Result r = check(stub.server.baseUrl(), fast(), CHARGE, "-g", "stripe", "-o", "json");
        long ms = (System.nanoTime() - started) / 1_000_000;

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"party\":\"payer\"").contains("\"cvc_check\":\"fail\"");
        assertThat(requests(path)).isEqualTo(2);
        assertThat(ms).as("waited the second the gateway asked for").isGreaterThanOrEqualTo(1000);
    }

    @Test
    void a_gateway_that_never_answers_fails_within_the_total_timeout_with_one_line() throws Exception {
        try (SilentServer silent = new SilentServer()) {

            long started = System.nanoTime();
            CliRun.Result r = check(silent.baseUrl(),
                    LiveConfig.timeouts("1s", "1s", "2s", 5), UID);
            long ms = (System.nanoTime() - started) / 1_000_000;

            assertThat(r.exit()).isEqualTo(4);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).startsWith("paytriage: gateway bepaid did not answer within total_timeout 2s (")
                    .contains("or raise total_timeout in ").endsWith("live.yaml\n");
            assertThat(ms).as("gave up at the total timeout, not after five full read timeouts").isLessThan(2000 + 2500);
        }
    }

    @Test
    void refused_credentials_exit_4_naming_the_keys_and_the_file() {
        stub.server.stubFor(get("/transactions/" + UID).willReturn(aResponse().withStatus(401)));

        CliRun.Result r = check(stub.server.baseUrl(), fast(), UID);

        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).matches("paytriage: gateway bepaid refused the credentials \\(HTTP 401\\): check "
                + "shop_id/secret_key in .*live\\.yaml\\R");
        assertThat(requests("/transactions/" + UID)).isEqualTo(1);
    }

    @Test
    void a_payment_the_gateway_does_not_know_exits_3_after_both_lookups() {
        stub.server.stubFor(get("/transactions/no-such-uid").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Record not found\"}")));
        stub.server.stubFor(get("/v2/transactions/tracking_id/no-such-uid").willReturn(okJson("{\"transactions\":[]}")));

        CliRun.Result r = check(stub.server.baseUrl(), fast(), "no-such-uid");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("paytriage: no transaction no-such-uid on gateway bepaid (searched as a "
                + "transaction id, then as an order id)");
        assertThat(requests("/transactions/no-such-uid")).isEqualTo(1);
        assertThat(requests("/v2/transactions/tracking_id/no-such-uid")).isEqualTo(1);
    }

    @Test
    void an_answer_that_is_not_json_exits_4_naming_gateway_and_status() {
        stub.server.stubFor(get("/transactions/" + UID).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Maintenance</body></html>")));
        stub.server.stubFor(get("/v1/charges/" + CHARGE).willReturn(okJson("{\"id\":\"" + CHARGE + "\",\"object\":\"char")));

        CliRun.Result html = check(stub.server.baseUrl(), fast(), UID);
        CliRun.Result cut = check(stub.server.baseUrl(), fast(), CHARGE, "-g", "stripe");

        assertThat(html.exit()).isEqualTo(4);
        assertThat(html.err()).startsWith("paytriage: gateway bepaid answered HTTP 200 with something that is not JSON "
                + "(text/html, 37 bytes): check base_url in");
        assertThat(cut.exit()).isEqualTo(4);
        assertThat(cut.err()).startsWith("paytriage: gateway stripe answered HTTP 200 with truncated JSON");
    }

    @Test
    void verbose_logs_each_request_with_its_timing_and_the_credentials_redacted() throws Exception {
        stub.server.stubFor(get("/transactions/" + UID).willReturn(okJson(sandbox("begateway/insufficient_funds_v2.json"))));

        CliRun.Result r = check(stub.server.baseUrl(), fast(), UID, "--verbose");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("http bepaid: GET " + stub.server.baseUrl() + "/transactions/" + UID + " (")
                .contains("Authorization: Basic [redacted]").contains("X-API-Version: 3")
                .containsPattern("http bepaid: GET /transactions/" + UID + " -> 200 in \\d+ ms \\(attempt 1 of 3\\)")
                .contains("raw answer of bepaid:");
        assertThat(r.out()).doesNotContain("http bepaid");
    }

    @Test
    void a_gateway_echoing_our_secret_never_gets_it_printed() throws Exception {
        String body = sandbox("begateway/insufficient_funds_v2.json")
                .replace("\"Insufficient funds\"", "\"Insufficient funds (shop key " + LiveStub.SECRET_KEY + ")\"");
        stub.server.stubFor(get("/transactions/" + UID).willReturn(okJson(body)));
        stub.server.stubFor(get("/transactions/e-1").willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"E.1021\",\"message\":\"Authorization error for " + LiveStub.SECRET_KEY + "\"}")));

        CliRun.Result text = check(stub.server.baseUrl(), fast(), UID, "--verbose");
        CliRun.Result json = check(stub.server.baseUrl(), fast(), UID, "-o", "json");
        CliRun.Result rejected = check(stub.server.baseUrl(), fast(), "e-1");

        assertThat(text.exit()).isZero();
        assertThat(text.err()).contains("[redacted]");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("Insufficient funds (shop key [redacted])");
        assertThat(rejected.exit()).isEqualTo(4);
        assertThat(rejected.err()).isEqualTo("paytriage: gateway bepaid rejected the lookup (HTTP 422): E.1021 "
                + "Authorization error for [redacted]\n");
    }

    @Test
    void a_broken_rest_block_is_exit_5_naming_file_line_and_key() throws Exception {
        CliRun run = LiveConfig.run();
        String yaml = LiveConfig.yaml(stub.server.baseUrl(), null, "").replace("status: /status", "status: status");
        Path config = LiveConfig.write(run, yaml);
        int line = Files.readAllLines(config).indexOf("          status: status") + 1;

        CliRun.Result r = LiveConfig.checked(run.run("config", "check", "--config", config.toString()));

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).isEqualTo("paytriage: config " + config + " line " + line + ": gateways.acme.rest.fields.status "
                + "is 'status': a JSON Pointer starts with / and escapes ~ and / as ~0 and ~1, e.g. /amount/value\n");
    }

    @Test
    void plain_http_to_a_real_host_is_refused_before_any_credential_leaves() {
        CliRun run = LiveConfig.run();
        Path config = LiveConfig.write(run, LiveConfig.yaml("http://gateway.example.com", null, ""));

        CliRun.Result r = LiveConfig.checked(run.run("check", UID, "--config", config.toString()));

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("gateways.bepaid.base_url is plain http: credentials would cross the network "
                + "unencrypted; use https://");
    }
}
