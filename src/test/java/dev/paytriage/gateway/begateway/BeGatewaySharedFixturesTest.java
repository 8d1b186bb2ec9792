package dev.paytriage.gateway.begateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.Fixtures;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.begateway.BeGatewayContractTest.Outcome;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The beGateway adapter against every verbatim beGateway payload the team shares (../shared/fixtures),
 * served by WireMock. Skipped, saying so, in a clone without them: BeGatewayContractTest covers the same
 * shapes with the project's own payloads.
 */
@ExtendWith(Fixtures.Present.class)
class BeGatewaySharedFixturesTest {
    @RegisterExtension
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
            Outcome o = BeGatewayContractTest.lookUp(stub, g, uid, name);
            EXPECTED.get(name).accept(o);
        }
    }

    /** The uid a payload is about (top level, under transaction, or under the checkout's payment); else "any". */
    private static String uid(String body) {
        var m = java.util.regex.Pattern.compile("\"uid\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        return m.find() ? m.group(1) : "any";
    }
}
