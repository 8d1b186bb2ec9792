package dev.paytriage.gateway.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.paytriage.gateway.GatewayException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retry-After of any size and any date, on 429, 503 and 408: read without an exception (OkHttp's own
 * 503 handling once threw NumberFormatException on ten billion seconds), never waited past
 * total_timeout, and never the cause of a retry we did not count.
 */
class RetryAfterExtremesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
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

    @Test
    void huge_numbers_and_far_dates_read_as_long_waits() {
        assertThat(RetryAfter.parse("10000000000", NOW)).isEqualTo(Duration.ofSeconds(10_000_000_000L));
        assertThat(RetryAfter.parse("9".repeat(40), NOW)).isEqualTo(RetryAfter.LONGEST);
        assertThat(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW)).isGreaterThan(Duration.ofDays(365L * 7000));
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("Mon Nov 23 09:00:30 2026", NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Monday, 23-Nov-26 09:01:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("1e9", NOW)).isNull();
    }

    @Test
    void a_503_or_429_asking_for_ten_billion_seconds_or_the_year_9999_is_one_line_at_once() {
        for (int status : List.of(503, 429, 408)) {
            for (String asked : List.of("10000000000", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT")) {
                server.resetAll();
                t = new HttpTestSupport();
                server.stubFor(get("/tx").willReturn(aResponse().withStatus(status).withHeader("Retry-After", asked)));

                GatewayException e = catchThrowableOfType(GatewayException.class, () -> t.client(
                        HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(5)), false)
                        .get(HttpUrl.get(server.baseUrl() + "/tx")));

                assertThat(t.waits).as("%d %s", status, asked).isEmpty();
                assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/tx")))).as("%d %s", status, asked).hasSize(1);
                if (status != 408) {
                    assertThat(e).as("%d %s", status, asked).isNotNull();
                    assertThat(e.getMessage()).doesNotContain("\n");
                }
            }
        }
    }

    @Test
    void retry_after_zero_on_503_is_one_of_our_counted_attempts_not_a_hidden_extra_one() {
        server.stubFor(get("/tx").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> t.client(
                HttpTestSupport.settings(2, Duration.ofSeconds(2), Duration.ofSeconds(10)), false)
                .get(HttpUrl.get(server.baseUrl() + "/tx")));

        assertThat(e.kind()).isEqualTo("unreachable");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/tx")))).hasSize(2);
        assertThat(t.waits).hasSize(1);
    }

    @Test
    void a_retry_after_that_fits_is_still_honoured_after_the_header_is_moved_out_of_okhttps_way() {
        server.stubFor(get("/tx").inScenario("busy").whenScenarioStateIs("Started").willSetStateTo("free")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")));
        server.stubFor(get("/tx").inScenario("busy").whenScenarioStateIs("free").willReturn(okJson("{}")));

        Answer a = t.client(HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(10)), false)
                .get(HttpUrl.get(server.baseUrl() + "/tx"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(t.waits).singleElement().satisfies(w -> assertThat(w.toMillis()).isBetween(2000L, 2050L));
    }
}
