package dev.paytriage.gateway.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.paytriage.gateway.GatewayException;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A write (a help-desk note) is repeated only when the server surely did nothing — a second note after a
 * 502 the desk had in fact processed would be a duplicate; a read sent as POST is retried like a GET.
 */
class WritePolicyTest {
    private final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    private final HttpTestSupport t = new HttpTestSupport();

    WritePolicyTest() {
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private GatewayHttp desk() {
        return GatewayHttp.forHelpDesk("zd", HttpTestSupport.settings(3, Duration.ofSeconds(2), Duration.ofSeconds(10)),
                new GatewayHttp.Credentials("Authorization", "Basic " + HttpTestSupport.SECRET, "email and api_token"),
                Secrets.of(HttpTestSupport.SECRET), t.ctx, d -> t.waits.add(d));
    }

    private HttpUrl url(String path) {
        return HttpUrl.get(server.baseUrl() + path);
    }

    @Test
    void a_write_refused_with_429_is_sent_again_after_retry_after() {
        server.stubFor(put("/note").inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
        server.stubFor(put("/note").inScenario("limit").whenScenarioStateIs("ok").willReturn(okJson("{}")));

        Answer a = desk().write("PUT", url("/note"), "{\"ticket\":{}}");

        assertThat(a.status()).isEqualTo(200);
        assertThat(server.findAll(putRequestedFor(urlPathEqualTo("/note")))).hasSize(2);
        assertThat(t.waits).hasSize(1);
        assertThat(t.waits.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_write_answered_5xx_is_not_repeated_and_names_the_help_desk() {
        server.stubFor(put("/note").willReturn(aResponse().withStatus(502)));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> desk().write("PUT", url("/note"), "{}"));

        assertThat(server.findAll(putRequestedFor(urlPathEqualTo("/note")))).hasSize(1);
        assertThat(e.getMessage()).startsWith("help desk zd answered HTTP 502");
        t.assertNoSecret(e.getMessage());
    }

    @Test
    void a_read_sent_as_post_is_retried_like_a_get_and_carries_its_json() {
        server.stubFor(post("/ticket").inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        server.stubFor(post("/ticket").inScenario("flaky").whenScenarioStateIs("ok")
                .withRequestBody(equalToJson("{\"ticket_id\":\"1\"}")).willReturn(okJson("{\"ticket\":{}}")));

        Answer a = desk().query(url("/ticket"), "{\"ticket_id\":\"1\"}");

        assertThat(a.status()).isEqualTo(200);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/ticket")))).hasSize(2);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo("/ticket"))).get(0).getHeader("Content-Type"))
                .startsWith("application/json");
    }

    @Test
    void refused_credentials_name_the_desks_keys() {
        server.stubFor(post("/ticket").willReturn(aResponse().withStatus(403)));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> desk().query(url("/ticket"), "{}"));

        assertThat(e.kind()).isEqualTo("auth");
        assertThat(e.getMessage()).startsWith("help desk zd refused the credentials (HTTP 403): check email and api_token");
    }
}
