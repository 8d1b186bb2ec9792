package dev.paytriage.gateway.begateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.paytriage.gateway.Fixtures;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The beGateway adapter against every shared beGateway payload served by WireMock, plus the error
 * shapes the research lists; the Basic credentials and API version header are checked on every request.
 */
class BeGatewayContractTest {
    static final LiveStub stub = new LiveStub();
    static final String BASIC = "Basic " + Secrets.basicToken(LiveStub.SHOP_ID, LiveStub.SECRET_KEY);

    /** What each shared payload must give when served as the answer to a uid lookup. */
    static final Map<String, Consumer<Outcome>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("query_uid_successful_v2_laravel_fixture.json", o -> {
                Transaction t = o.tx();
                assertThat(t.id()).isEqualTo("37746555-bbdad687b0");
                assertThat(t.status()).isEqualTo(TxStatus.SUCCESSFUL);
                assertThat(t.amount().display()).isEqualTo("333.33 BYN");
                assertThat(t.card().masked()).isEqualTo("420000******0000");
                assertThat(t.orderId()).isEqualTo("test_tracking_id_1234");
                assertThat(t.test()).isTrue();
                assertThat(t.decline()).isNull();
                assertThat(t.processing().rrn()).isEqualTo("999");
                assertThat(t.processing().authCode()).isEqualTo("654321");
                assertThat(t.processing().route()).isEqualTo("477");
                // result code 1: "not supported for this processor or card type"
                assertThat(t.processing().cvcCheck()).isEqualTo("unavailable");
            }),
            Map.entry("refund_successful_laravel_fixture.json", o -> {
                Transaction t = o.tx();
                assertThat(t.type()).isEqualTo(TxType.REFUND);
                assertThat(t.parentId()).isEqualTo("37728767-e10aa95f2b");
                assertThat(t.processing().route()).isEqualTo("477");
                assertThat(t.risk().status()).isEqualTo("successful");
            }),
            Map.entry("v3_payment_incomplete_3ds_docs.json", o -> {
                Transaction t = o.tx();
                assertThat(t.id()).isEqualTo("46154-aba1cf5e57");
                assertThat(t.status()).isEqualTo(TxStatus.INCOMPLETE);
                assertThat(t.hasCode("begateway", "P.9998")).isTrue();
                assertThat(t.card().last4()).isEqualTo("0013");
                assertThat(t.threeDSecure().status()).isEqualTo("incomplete");
                assertThat(t.processing().route()).isEqualTo("645");
            }),
            Map.entry("webhook_payment_failed_phplib_template.json", o -> {
                Transaction t = o.tx();
                assertThat(t.status()).isEqualTo(TxStatus.FAILED);
                assertThat(t.decline().message()).isEqualTo("Payment was declined");
                // test mode: the demo gateway's bank code 05 means nothing and is not reported
                assertThat(t.decline().codes()).doesNotContain(new Code("iso8583", "05"));
            }),
            Map.entry("webhook_payment_successful_docs.json", o -> {
                assertThat(o.tx().status()).isEqualTo(TxStatus.SUCCESSFUL);
                assertThat(o.tx().paidAt()).hasToString("2023-04-14T13:07:05.495Z");
            }),
            Map.entry("checkout_query_by_token_successful_docs.json", o -> assertThat(o.error().getMessage())
                    .contains("a checkout (payment token) object from the hosted-page API").contains("base_url")),
            Map.entry("error_validation_v2_docs.json", o -> assertThat(o.error().getMessage())
                    .startsWith("gateway bepaid rejected the lookup (HTTP 422): First name can't be blank.")),
            Map.entry("v2_error_422_close_days_unsupported_clientruby_spec.json", o -> assertThat(o.error().getMessage())
                    .isEqualTo("gateway bepaid rejected the lookup (HTTP 422): Gateway does not support closing day transaction")),
            Map.entry("v3_error_E1025_validation_clientruby_spec.json", o -> assertThat(o.error().getMessage())
                    .isEqualTo("gateway bepaid rejected the lookup (HTTP 422): E.1025 Description can't be blank. Currency can't be blank.")),
            Map.entry("renotify_response_clientruby_spec.json", o -> assertThat(o.error().getMessage())
                    .isEqualTo("gateway bepaid rejected the lookup (HTTP 200): Transaction was renotified")),
            Map.entry("status_codes_en_ru_from_status_code_gem.json", o -> assertThat(o.error().getMessage())
                    .startsWith("gateway bepaid answered HTTP 200 to /transactions/any with JSON that holds no transaction"))));

    record Outcome(Transaction tx, GatewayException error) {}

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.server.resetAll();
        stub.log.clear();
    }

    @Test
    void every_shared_begateway_payload_maps_or_fails_in_one_documented_way() {
        List<Path> files = Fixtures.of("begateway");
        assertThat(files.stream().map(f -> f.getFileName().toString()).toList())
                .as("a new shared payload needs an expectation here").containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        Gateway g = stub.begateway("3");
        for (Path f : files) {
            String name = f.getFileName().toString();
            String body = Fixtures.read("begateway", name);
            int status = name.contains("error_") ? 422 : 200;
            String uid = uid(body);
            stub.server.resetAll();
            stub.server.stubFor(get(urlPathEqualTo("/transactions/" + uid)).withHeader("Authorization", equalTo(BASIC))
                    .withHeader("Accept", equalTo("application/json")).withHeader("X-API-Version", equalTo("3"))
                    .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
            Outcome o;
            try {
                Optional<Transaction> t = g.byId(uid);
                assertThat(t).as(name).isPresent();
                o = new Outcome(t.get(), null);
            } catch (GatewayException e) {
                o = new Outcome(null, e);
            }
            EXPECTED.get(name).accept(o);
            if (o.error() != null) {
                assertThat(o.error().exitCode().code).as(name).isEqualTo(4);
                assertThat(o.error().getMessage()).as(name).doesNotContain("\n");
                stub.assertNoSecrets(o.error().getMessage());
            }
        }
    }

    /** The uid a payload is about (top level, under transaction, or under the checkout's payment); else "any". */
    private static String uid(String body) {
        var m = java.util.regex.Pattern.compile("\"uid\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        return m.find() ? m.group(1) : "any";
    }

    @Test
    void an_unknown_uid_is_not_found_in_each_documented_form() {
        stub.server.stubFor(get("/transactions/a-1").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Record not found\"}")));
        stub.server.stubFor(get("/transactions/a-2").willReturn(okJson("{\"response\":{\"message\":\"Record not found\"}}")));
        stub.server.stubFor(get("/transactions/a-3").willReturn(aResponse().withStatus(404)));
        Gateway g = stub.begateway(null);

        assertThat(g.byId("a-1")).isEmpty();
        assertThat(g.byId("a-2")).isEmpty();
        assertThat(g.byId("a-3")).isEmpty();
        stub.server.verify(getRequestedFor(urlPathEqualTo("/transactions/a-1")).withHeader("X-API-Version", absent()));
    }

    @Test
    void a_tracking_id_lists_every_attempt_and_an_unknown_one_lists_none() {
        String ok = Fixtures.read("begateway", "query_uid_successful_v2_laravel_fixture.json");
        String failed = Fixtures.read("begateway", "webhook_payment_failed_phplib_template.json");
        String both = "{\"transactions\":[" + inner(ok) + "," + inner(failed) + "]}";
        stub.server.stubFor(get("/v2/transactions/tracking_id/ORD-1").withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson(both)));
        stub.server.stubFor(get("/v2/transactions/tracking_id/ORD-2").willReturn(okJson("{\"transactions\":[]}")));
        Gateway g = stub.begateway(null);

        assertThat(g.byOrderId("ORD-1")).extracting(Transaction::id).containsExactly("37746555-bbdad687b0", "1-310b0da80b");
        assertThat(g.byOrderId("ORD-2")).isEmpty();
    }

    @Test
    void a_gateway_without_the_v2_tracking_route_is_asked_on_the_older_path() {
        stub.server.stubFor(get("/v2/transactions/tracking_id/7731").willReturn(aResponse().withStatus(404)));
        stub.server.stubFor(get("/transactions/tracking_id/7731").willReturn(okJson("{\"transactions\":["
                + inner(Fixtures.read("begateway", "webhook_payment_successful_docs.json")) + "]}")));

        List<Transaction> found = stub.begateway(null).byOrderId("7731");

        assertThat(found).extracting(Transaction::id).containsExactly("dd6ee60c-d30a-4348-b84c-86a4ef1a137d");
        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/transactions/tracking_id/7731")));
    }

    @Test
    void a_404_page_that_is_not_json_means_a_wrong_base_url_not_an_unknown_payment() {
        stub.server.stubFor(get("/transactions/x-1").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<h1>Not Found</h1>")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> stub.begateway(null).byId("x-1"));

        assertThat(e.getMessage()).isEqualTo("gateway bepaid answered HTTP 404 to /transactions/x-1 with a text/html, "
                + "18 bytes page instead of JSON: check base_url in no config file (sandbox only)");
    }

    @Test
    void ids_are_encoded_into_one_path_segment() {
        stub.server.stubFor(get(urlPathEqualTo("/transactions/a%2F..%2Fb%3Fc")).willReturn(okJson(
                "{\"transaction\":{\"uid\":\"a/../b?c\",\"status\":\"failed\",\"type\":\"payment\"}}")));
        Gateway g = stub.begateway(null);

        assertThat(g.byId("a/../b?c")).map(Transaction::id).contains("a/../b?c");
        assertThat(g.byId("..")).isEmpty();
        assertThat(stub.server.getAllServeEvents()).hasSize(1);
    }

    private static String inner(String v2) {
        String t = v2.strip();
        int start = t.indexOf(':') + 1;
        return t.substring(start, t.lastIndexOf('}')).strip();
    }
}
