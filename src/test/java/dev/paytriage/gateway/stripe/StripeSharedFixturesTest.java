package dev.paytriage.gateway.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Stripe adapter against the verbatim Stripe objects the team shares (../shared/fixtures: recorded
 * test-mode declines, the OpenAPI fixtures, a 401 body), served by WireMock with Bearer auth checked.
 * Skipped, saying so, in a clone without them: StripeContractTest covers the same shapes with the
 * project's own payloads.
 */
@ExtendWith(Fixtures.Present.class)
class StripeSharedFixturesTest {
    @RegisterExtension
    static final LiveStub stub = new LiveStub();
    static final String BEARER = "Bearer " + LiveStub.STRIPE_KEY;
    static final String CHARGE_FAILED = "charge_failed_generic_decline_testmode_recorded.json";
    static final String PI_FAILED = "payment_intent_payment_failed_testmode_recorded.json";

    private static void serve(String path, int status, String fixture) {
        stub.server.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo(BEARER))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.read("stripe", fixture))));
    }

    @Test
    void the_shared_payloads_are_all_covered_here() {
        assertThat(Fixtures.of("stripe")).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                CHARGE_FAILED, "charge_fixture_openapi.json", "error_invalid_api_key_401_alphagov.json",
                "event_fixture_openapi.json", "payment_intent_fixture_openapi.json", PI_FAILED,
                "webhook_endpoint_fixture_openapi.json");
    }

    @Test
    void a_payment_intent_whose_latest_charge_is_an_id_gets_the_charge_fetched() {
        serve("/v1/payment_intents/pi_3S7LBkDpld3oaqFN4tRfHTuB", 200, PI_FAILED);
        serve("/v1/charges/ch_3S7LBkDpld3oaqFN4dJB6zTN", 200, CHARGE_FAILED);

        Transaction t = stub.stripe(null).byId("pi_3S7LBkDpld3oaqFN4tRfHTuB").orElseThrow();

        stub.server.verify(getRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_3S7LBkDpld3oaqFN4tRfHTuB"))
                .withQueryParam("expand[]", equalTo("latest_charge")));
        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/charges/ch_3S7LBkDpld3oaqFN4dJB6zTN")));
        assertThat(t.status()).isEqualTo(TxStatus.FAILED);
        assertThat(t.test()).isTrue();
        assertThat(t.decline().codes()).contains(new Code("stripe", "generic_decline"), new Code("stripe_advice", "try_again_later"),
                new Code("network", "01"), new Code("stripe_outcome", "issuer_declined"),
                new Code("stripe_network_status", "declined_by_network"));
        // only the followed charge knows these
        assertThat(t.risk().riskLevel()).isEqualTo("normal");
        assertThat(t.processing().authCode()).isEqualTo("119562");
        assertThat(t.processing().networkTransactionId()).isEqualTo("121481135786697");
        assertThat(t.processing().cvcCheck()).isEqualTo("pass");
    }

    @Test
    void a_charge_by_its_id() {
        serve("/v1/charges/ch_3S7LBkDpld3oaqFN4dJB6zTN", 200, CHARGE_FAILED);
        serve("/v1/charges/ch_1PgafuB7WZ01zgkWXYmPNZs8", 200, "charge_fixture_openapi.json");
        Gateway g = stub.stripe(null);

        Transaction failed = g.byId("ch_3S7LBkDpld3oaqFN4dJB6zTN").orElseThrow();
        Transaction paid = g.byId("ch_1PgafuB7WZ01zgkWXYmPNZs8").orElseThrow();

        assertThat(failed.decline().message()).isEqualTo("Your card was declined.");
        assertThat(failed.parentId()).isEqualTo("pi_3S7LBkDpld3oaqFN4tRfHTuB");
        assertThat(failed.card().masked()).endsWith("0002");
        assertThat(paid.status()).isEqualTo(TxStatus.SUCCESSFUL);
        assertThat(paid.card().last4()).isEqualTo("4242");
        assertThat(paid.decline()).isNull();
    }

    @Test
    void the_openapi_payment_intent_with_an_idempotency_error_reads_as_failed() {
        serve("/v1/payment_intents/pi_1PgafyB7WZ01zgkWSjxsAJo3", 200, "payment_intent_fixture_openapi.json");

        Transaction t = stub.stripe(null).byId("pi_1PgafyB7WZ01zgkWSjxsAJo3").orElseThrow();

        assertThat(t.status()).isEqualTo(TxStatus.FAILED);
        assertThat(t.decline().codes()).containsExactly(new Code("stripe_error_type", "idempotency_error"));
        assertThat(stub.server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void an_invalid_key_is_refused_credentials_naming_api_key() {
        serve("/v1/charges/ch_1", 401, "error_invalid_api_key_401_alphagov.json");

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> stub.stripe(null).byId("ch_1"));

        assertThat(e.kind()).isEqualTo("auth");
        assertThat(e.getMessage()).isEqualTo("gateway stripe refused the credentials (HTTP 401): check api_key in "
                + "no config file (sandbox only)");
        stub.assertNoSecrets(e.getMessage());
    }

    @Test
    void objects_that_are_not_payments_are_one_line_errors() {
        serve("/v1/charges/ch_event", 200, "event_fixture_openapi.json");
        serve("/v1/charges/ch_hook", 200, "webhook_endpoint_fixture_openapi.json");
        Gateway g = stub.stripe(null);

        assertThat(catchThrowableOfType(GatewayException.class, () -> g.byId("ch_event")).getMessage())
                .isEqualTo("gateway stripe answered a Stripe object of type 'event', not a payment_intent or charge");
        assertThat(catchThrowableOfType(GatewayException.class, () -> g.byId("ch_hook")).getMessage())
                .contains("'webhook_endpoint'");
    }

    @Test
    void an_order_id_is_searched_on_the_configured_metadata_key_with_quotes_escaped() {
        String data = "{\"object\":\"search_result\",\"data\":[" + Fixtures.read("stripe", PI_FAILED) + "],\"has_more\":false}";
        stub.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/search"))
                .withQueryParam("query", equalTo("metadata['shop_order']:'O\\'Brien\\\\7'"))
                .withQueryParam("expand[]", equalTo("data.latest_charge"))
                .willReturn(okJson(data)));
        serve("/v1/charges/ch_3S7LBkDpld3oaqFN4dJB6zTN", 200, CHARGE_FAILED);

        List<Transaction> found = stub.stripe("shop_order").byOrderId("O'Brien\\7");

        assertThat(found).extracting(Transaction::id).containsExactly("pi_3S7LBkDpld3oaqFN4tRfHTuB");
        assertThat(found.get(0).risk()).isNotNull();
    }

}
