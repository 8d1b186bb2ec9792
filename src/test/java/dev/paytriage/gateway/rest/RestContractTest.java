package dev.paytriage.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.Payloads;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest adapter configured for a third gateway it has never heard of: Checkout.com, whose payment
 * answers (the project's own, payloads/checkoutcom, in the shape of GET /payments/{id}) are served by
 * WireMock; and the adapter's auth, mapping and config errors on small answers of its own.
 */
class RestContractTest {
    @RegisterExtension
    static final LiveStub stub = new LiveStub();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String CAPTURED = "payment_captured.json";
    static final String DECLINED = "payment_declined.json";
    static final String BY_REFERENCE = "payments_by_reference.json";

    /** Checkout.com's GET /payments/{id} answer, as an agent would map it in the config (latest action first). */
    static final String CHECKOUT = """
            by_id: /payments/{id}
            by_order: /payments?reference={id}
            list_pointer: /data
            auth: {type: header, header_name: Authorization, header_value: %s}
            fields:
              id: /id
              status: /status
              amount_minor: /amount
              currency: /currency
              created_at: /requested_on
              order_id: /reference
              description: /description
              decline_code: /actions/0/response_code
              decline_message: /actions/0/response_summary
              card_brand: /source/scheme
              card_bin: /source/bin
              card_last4: /source/last4
              card_issuer_country: /source/issuer_country
              card_issuer_name: /source/issuer
              rrn: /processing/retrieval_reference_number
              auth_code: /actions/1/auth_code
              three_ds_status: /3ds/authentication_response
              three_ds_eci: /3ds/eci
            status_map: {Captured: successful, Authorized: successful, Declined: failed, Pending: pending, Voided: canceled}
            code_namespace: checkoutcom
            """.formatted(LiveStub.REST_TOKEN);

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_checkout_com_payload_is_read_by_a_test_here() {
        assertThat(Payloads.of("checkoutcom")).containsExactlyInAnyOrder(CAPTURED, DECLINED, BY_REFERENCE);
    }

    @Test
    void checkout_com_payments_map_through_json_pointers() {
        stub.server.stubFor(get("/payments/pay_x4b7qkw2ntzevj5dfg6mr3ohsa")
                .withHeader("Authorization", equalTo(LiveStub.REST_TOKEN)).willReturn(okJson(Payloads.read("checkoutcom", CAPTURED))));
        stub.server.stubFor(get("/payments/pay_m2d5rj8vfwqh6ket3cbnz7xgyu")
                .withHeader("Authorization", equalTo(LiveStub.REST_TOKEN)).willReturn(okJson(Payloads.read("checkoutcom", DECLINED))));
        Gateway g = stub.rest(yaml(CHECKOUT));

        Transaction ok = g.byId("pay_x4b7qkw2ntzevj5dfg6mr3ohsa").orElseThrow();
        Transaction declined = g.byId("pay_m2d5rj8vfwqh6ket3cbnz7xgyu").orElseThrow();

        assertThat(ok.status()).as("status_map: Captured").isEqualTo(TxStatus.SUCCESSFUL);
        assertThat(ok.gatewayType()).isEqualTo("rest");
        assertThat(ok.amount().display()).isEqualTo("42.50 SEK");
        assertThat(ok.createdAt()).isEqualTo(Instant.parse("2026-11-21T09:14:07.4512345Z"));
        assertThat(ok.orderId()).isEqualTo("NC-SE-7781");
        assertThat(ok.card().masked()).isEqualTo("424242******4242");
        assertThat(ok.card().issuerName()).isEqualTo("CASE BANK SE");
        assertThat(ok.processing().rrn()).isEqualTo("633109412250");
        assertThat(ok.processing().authCode()).isEqualTo("471095");
        assertThat(ok.threeDSecure().eci()).isEqualTo("05");
        assertThat(ok.decline()).isNull();
        assertThat(declined.status()).as("status_map: Declined, whatever its case").isEqualTo(TxStatus.FAILED);
        assertThat(declined.decline().codes()).containsExactly(new Code("checkoutcom", "20051"));
        assertThat(declined.decline().message()).isEqualTo("Insufficient Funds");
        assertThat(declined.amount().display()).isEqualTo("159.00 SEK");
        assertThat(declined.threeDSecure()).as("no 3ds section").isNull();
        stub.assertNoSecrets();
    }

    @Test
    void an_order_lists_every_item_the_list_pointer_finds() {
        stub.server.stubFor(get(urlPathEqualTo("/payments")).withQueryParam("reference", equalTo("NC-SE-7790"))
                .willReturn(okJson(Payloads.read("checkoutcom", BY_REFERENCE))));
        stub.server.stubFor(get(urlPathEqualTo("/payments")).withQueryParam("reference", equalTo("none"))
                .willReturn(okJson("{\"limit\":10,\"skip\":0,\"total_count\":0,\"data\":[]}")));
        Gateway g = stub.rest(yaml(CHECKOUT));

        assertThat(g.byOrderId("NC-SE-7790")).extracting(Transaction::id)
                .containsExactlyInAnyOrder("pay_m2d5rj8vfwqh6ket3cbnz7xgyu", "pay_x4b7qkw2ntzevj5dfg6mr3ohsa");
        assertThat(g.byOrderId("none")).isEmpty();
    }

    @Test
    void not_found_is_a_404_or_nothing_at_the_item_pointer() {
        stub.server.stubFor(get("/v1/p/a").willReturn(aResponse().withStatus(404)));
        stub.server.stubFor(get("/v1/p/b").willReturn(okJson("{\"payment\":null}")));
        Gateway g = stub.rest(yaml("""
                by_id: /v1/p/{id}
                item_pointer: /payment
                fields: {id: /id}
                """));

        assertThat(g.byId("a")).isEmpty();
        assertThat(g.byId("b")).isEmpty();
        assertThat(g.byOrderId("b")).as("no by_order template: nothing to ask").isEmpty();
        assertThat(stub.server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void basic_and_bearer_auth_go_out_as_configured() {
        stub.server.stubFor(get("/basic/1").withHeader("Authorization",
                equalTo("Basic " + Secrets.basicToken("acme-user", LiveStub.REST_PASSWORD))).willReturn(okJson("{\"id\":\"1\"}")));
        stub.server.stubFor(get("/bearer/1").withHeader("Authorization", equalTo("Bearer " + LiveStub.REST_TOKEN))
                .willReturn(okJson("{\"id\":\"1\"}")));

        assertThat(stub.rest(yaml("by_id: /basic/{id}\nfields: {id: /id}\nauth: {type: basic, username: acme-user, password: "
                + LiveStub.REST_PASSWORD + "}")).byId("1")).isPresent();
        assertThat(stub.rest(yaml("by_id: /bearer/{id}\nfields: {id: /id}\nauth: {type: bearer, token: "
                + LiveStub.REST_TOKEN + "}")).byId("1")).isPresent();
    }

    @Test
    void refused_credentials_name_the_auth_block() {
        stub.server.stubFor(get("/p/1").willReturn(aResponse().withStatus(403)));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> stub.rest(yaml(
                "by_id: /p/{id}\nfields: {id: /id}\nauth: {type: bearer, token: " + LiveStub.REST_TOKEN + "}")).byId("1"));

        assertThat(e.getMessage()).isEqualTo("gateway acme refused the credentials (HTTP 403): check "
                + "gateways.acme.rest.auth in no config file (sandbox only)");
    }

    @Test
    void values_map_by_status_map_then_by_the_models_own_names_and_amounts_in_major_units_convert() {
        stub.server.stubFor(get("/p/1").willReturn(okJson("{\"p\":{\"ref\":\"1\",\"state\":\"DECLINED\",\"kind\":\"refund\","
                + "\"sum\":\"12.5\",\"cur\":\"byn\",\"at\":1757876536,\"sandbox\":\"true\",\"err\":\"51\"}}")));
        stub.server.stubFor(get("/p/2").willReturn(okJson("{\"p\":{\"ref\":\"2\",\"state\":\"pending\",\"sum\":\"1500\","
                + "\"cur\":\"JPY\",\"at\":\"2026-11-20T10:00:00+03:00\"}}")));
        Gateway g = stub.rest(yaml("""
                by_id: /p/{id}
                item_pointer: /p
                fields: {id: /ref, status: /state, type: /kind, amount_major: /sum, currency: /cur, created_at: /at,
                         test: /sandbox, decline_code: /err}
                status_map: {declined: failed}
                code_namespace: iso8583
                """));

        Transaction one = g.byId("1").orElseThrow();
        Transaction two = g.byId("2").orElseThrow();

        assertThat(one.status()).isEqualTo(TxStatus.FAILED);
        assertThat(one.type().wire()).isEqualTo("refund");
        assertThat(one.amount().minor()).isEqualTo(1250);
        assertThat(one.createdAt()).isEqualTo(Instant.ofEpochSecond(1757876536));
        assertThat(one.test()).isTrue();
        assertThat(one.decline().source()).isEqualTo("issuer");
        assertThat(one.hasCode("iso8583", "51")).isTrue();
        assertThat(two.status()).isEqualTo(TxStatus.PENDING);
        assertThat(two.amount().display()).isEqualTo("1500 JPY");
        assertThat(two.createdAt()).isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
    }

    @Test
    void an_item_without_an_id_says_which_pointer_found_nothing() {
        stub.server.stubFor(get("/p/1").willReturn(okJson("{\"payment\":{\"state\":\"ok\"}}")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () ->
                stub.rest(yaml("by_id: /p/{id}\nfields: {id: /payment/id}")).byId("1"));

        assertThat(e.getMessage()).isEqualTo("gateway acme answered an item without an id at /payment/id: check "
                + "gateways.acme.rest.fields.id");
    }

    @Test
    void a_bad_spec_is_a_config_error_naming_the_key() {
        assertThat(problem("fields: {id: /id}")).contains("gateways.acme.rest.by_id is missing");
        assertThat(problem("by_id: /p/{id}\nfields: {id: /id, status: state}"))
                .contains("gateways.acme.rest.fields.status is 'state': a JSON Pointer starts with /");
        assertThat(problem("by_id: /p/{id}\nfields: {id: /a~2b}")).contains("gateways.acme.rest.fields.id is '/a~2b'");
        assertThat(problem("by_id: /p/{id}\nfields: {id: /id, stauts: /s}"))
                .contains("gateways.acme.rest.fields.stauts is not a known key (known here: amount_major, amount_minor,");
        assertThat(problem("by_id: /p/{id}\nfields: {id: /id}\nstatus_map: {approved: ok}"))
                .contains("gateways.acme.rest.status_map.approved is 'ok': map it to one of successful, failed,");
        assertThat(problem("by_id: /p\nfields: {id: /id}")).contains("gateways.acme.rest.by_id is '/p': it must contain {id}");
        assertThat(problem("by_id: https://evil.example/{id}\nfields: {id: /id}")).contains("must be a path relative to base_url");
        assertThat(problem("by_id: /p/{id}\nfields: {id: /id}\nauth: {type: bearer}"))
                .contains("gateways.acme.rest.auth.token is missing: auth type bearer needs it");
        assertThat(problem("by_id: /p/{id}\nfields: {status: /s}")).contains("gateways.acme.rest.fields.id is missing");
    }

    private static String problem(String restYaml) {
        PaytriageException e = catchThrowableOfType(PaytriageException.class, () -> stub.rest(yaml(restYaml)));
        assertThat(e.exitCode().code).isEqualTo(5);
        return e.getMessage();
    }
}
