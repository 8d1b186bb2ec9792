package dev.paytriage.gateway.http;

import dev.paytriage.gateway.SilentServer;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.paytriage.ExitCode;
import dev.paytriage.gateway.GatewayException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP behaviour every adapter shares, against a WireMock gateway; requests are counted. */
class GatewayHttpTest {
    static WireMockServer server;
    HttpTestSupport t;

    @BeforeAll
    static void start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
        t = new HttpTestSupport();
    }

    private HttpUrl url(String path) {
        return HttpUrl.get(server.baseUrl() + path);
    }

    private int requests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void five_hundred_twice_then_200_is_an_answer_after_three_requests() {
        server.stubFor(get("/tx").inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("one")
                .willReturn(aResponse().withStatus(500)));
        server.stubFor(get("/tx").inScenario("flaky").whenScenarioStateIs("one").willSetStateTo("two")
                .willReturn(aResponse().withStatus(502)));
        server.stubFor(get("/tx").inScenario("flaky").whenScenarioStateIs("two").willReturn(okJson("{\"ok\":true}")));

        Answer a = t.client(HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(10)), false).get(url("/tx"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(requests("/tx")).isEqualTo(3);
        // Exponential: the second wait's step is twice the first's (100 ms, then 200 ms; half fixed, half jitter).
        assertThat(t.waits).hasSize(2);
        assertThat(t.waits.get(0).toMillis()).isBetween(50L, 100L);
        assertThat(t.waits.get(1).toMillis()).isBetween(100L, 200L);
    }

    @Test
    void a_429_with_retry_after_one_second_is_waited_for() {
        server.stubFor(get("/tx").inScenario("busy").whenScenarioStateIs(STARTED).willSetStateTo("free")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        server.stubFor(get("/tx").inScenario("busy").whenScenarioStateIs("free").willReturn(okJson("{}")));

        long started = System.nanoTime();
        Answer a = t.client(HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(10)), true).get(url("/tx"));
        long ms = (System.nanoTime() - started) / 1_000_000;

        assertThat(a.status()).isEqualTo(200);
        assertThat(requests("/tx")).isEqualTo(2);
        assertThat(t.waits).hasSize(1);
        assertThat(t.waits.get(0).toMillis()).isBetween(1000L, 1050L);
        assertThat(ms).isGreaterThanOrEqualTo(1000L);
    }

    @Test
    void retry_after_as_an_http_date_is_honoured() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
        server.stubFor(get("/tx").inScenario("busy").whenScenarioStateIs(STARTED).willSetStateTo("free")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", inTwoSeconds)));
        server.stubFor(get("/tx").inScenario("busy").whenScenarioStateIs("free").willReturn(okJson("{}")));

        t.client(HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(10)), false).get(url("/tx"));

        assertThat(t.waits).hasSize(1);
        assertThat(t.waits.get(0).toMillis()).isBetween(1000L, 3100L);
    }

    @Test
    void a_retry_after_beyond_the_total_timeout_is_not_waited_for_and_says_so() {
        server.stubFor(get("/tx").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                t.client(HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(5)), false).get(url("/tx")));

        assertThat(e.exitCode()).isEqualTo(ExitCode.GATEWAY);
        assertThat(e.getMessage()).contains("gateway acme is limiting our requests (HTTP 429")
                .contains("asked to wait 120 s, longer than total_timeout 5s allows");
        assertThat(requests("/tx")).isEqualTo(1);
        assertThat(t.waits).isEmpty();
    }

    @Test
    void a_gateway_failing_every_time_is_asked_max_attempts_times_then_one_line() {
        server.stubFor(get("/tx").willReturn(aResponse().withStatus(503)));

        GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                t.client(HttpTestSupport.settings(4, Duration.ofSeconds(2), Duration.ofSeconds(10)), false).get(url("/tx")));

        assertThat(requests("/tx")).isEqualTo(4);
        assertThat(e.kind()).isEqualTo("unreachable");
        assertThat(e.getMessage()).startsWith("gateway acme answered HTTP 503 (4 attempts in").doesNotContain("\n");
    }

    @Test
    void connection_resets_are_retried() {
        server.stubFor(get("/tx").inScenario("reset").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get("/tx").inScenario("reset").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        Answer a = t.client(HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(10)), false).get(url("/tx"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(requests("/tx")).isEqualTo(2);
    }

    @Test
    void a_gateway_that_never_answers_fails_within_the_total_timeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            HttpUrl url = HttpUrl.get(silent.baseUrl() + "/tx");

            long started = System.nanoTime();
            GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                    t.client(HttpTestSupport.settings(5, Duration.ofMillis(700), Duration.ofMillis(1500)), true).get(url));
            long ms = (System.nanoTime() - started) / 1_000_000;

            assertThat(e.kind()).isEqualTo("unreachable");
            assertThat(e.getMessage()).contains("gateway acme did not answer within").doesNotContain("\n");
            assertThat(ms).as("gave up at the total timeout, not after five read timeouts (3.5 s)").isLessThan(1500 + 1800);
        }
    }

    @Test
    void a_refused_connection_is_retried_then_reported_as_unreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpUrl url = HttpUrl.get("http://127.0.0.1:" + port + "/tx");

        GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                t.client(HttpTestSupport.settings(3, Duration.ofSeconds(1), Duration.ofSeconds(5)), false).get(url));

        assertThat(e.getMessage()).isEqualTo("cannot connect to gateway acme at 127.0.0.1:" + port
                + " (3 attempts): check base_url in no config file (sandbox only) and the network");
        assertThat(t.waits).hasSize(2);
    }

    @Test
    void refused_credentials_are_not_retried_and_name_the_keys_to_check() {
        server.stubFor(get("/tx").willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":{\"message\":\"Invalid API Key provided: " + HttpTestSupport.SECRET + "\"}}")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                t.client(HttpTestSupport.settings(3, Duration.ofSeconds(1), Duration.ofSeconds(5)), false).get(url("/tx")));

        assertThat(e.kind()).isEqualTo("auth");
        assertThat(e.getMessage()).isEqualTo("gateway acme refused the credentials (HTTP 401): check api_key in "
                + "no config file (sandbox only)");
        assertThat(requests("/tx")).isEqualTo(1);
        t.assertNoSecret(e.getMessage());
    }

    @Test
    void the_credentials_go_in_the_header_and_never_into_the_log() {
        server.stubFor(get(urlPathEqualTo("/tx")).withHeader("Authorization", equalTo("Bearer " + HttpTestSupport.SECRET))
                .willReturn(okJson("{\"echo\":\"" + HttpTestSupport.SECRET + "\"}")));

        Answer a = t.client(HttpTestSupport.settings(1, Duration.ofSeconds(1), Duration.ofSeconds(5)), false)
                .get(url("/tx?q=1"));

        assertThat(a.status()).isEqualTo(200);
        // A gateway echoing our key gets it replaced before anything reads the body.
        assertThat(a.body()).isEqualTo("{\"echo\":\"[redacted]\"}");
        assertThat(t.log).hasSize(2);
        assertThat(t.log.get(0)).startsWith("http acme: GET http://localhost:" + server.port() + "/tx?q=1 (")
                .contains("Authorization: Bearer [redacted]").contains("Accept: application/json");
        assertThat(t.log.get(1)).matches("http acme: GET /tx\\?q=1 -> 200 in \\d+ ms \\(attempt 1 of 1\\)");
        t.assertNoSecret(a.body());
    }

    @Test
    void not_json_and_truncated_json_name_the_gateway_and_the_status() {
        server.stubFor(get("/html").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>maintenance</html>")));
        server.stubFor(get("/cut").willReturn(okJson("{\"transaction\":{\"uid\":\"1-2\",\"status\":\"fai")));
        GatewayHttp http = t.client(HttpTestSupport.settings(1, Duration.ofSeconds(1), Duration.ofSeconds(5)), false);

        GatewayException html = catchThrowableOfType(GatewayException.class, () -> http.json(http.get(url("/html"))));
        GatewayException cut = catchThrowableOfType(GatewayException.class, () -> http.json(http.get(url("/cut"))));

        assertThat(html.getMessage()).startsWith("gateway acme answered HTTP 200 with something that is not JSON (text/html, 24 bytes)");
        assertThat(cut.getMessage()).startsWith("gateway acme answered HTTP 200 with truncated JSON (application/json, 41 bytes)");
        assertThat(html.kind()).isEqualTo("garbage");
    }

    @Test
    void a_redirect_is_not_followed() {
        server.stubFor(get("/tx").willReturn(aResponse().withStatus(301).withHeader("Location", "http://elsewhere.example/tx")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                t.client(HttpTestSupport.settings(3, Duration.ofSeconds(1), Duration.ofSeconds(5)), false).get(url("/tx")));

        assertThat(e.getMessage()).contains("redirected /tx (HTTP 301 to http://elsewhere.example/tx)");
        assertThat(requests("/tx")).isEqualTo(1);
    }
}
