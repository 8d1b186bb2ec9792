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
import dev.paytriage.gateway.Fixtures;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rest adapter configured for a third gateway it has never heard of: Checkout.com, whose shared
 * payloads (webhook bodies, the same shape as its payment answers) are served by WireMock.
 */
class RestContractTest {
    static final LiveStub stub = new LiveStub();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String APPROVED = "webhook_payment_approved_docs2019.json";
    static final String DECLINED = "webhook_payment_declined_do_not_honour_docs2019.json";

    /** Checkout.com's payment fields, as an agent would write them in the config. */
    static final String CHECKOUT = """
            by_id: /payments/{id}
            by_order: /payments?reference={id}
            list_pointer: /data
            auth: {type: header, header_name: Authorization, header_value: %s}
            fields:
              id: /data/id
              status: /type
              amount_minor: /data/amount
              currency: /data/currency
              created_at: /data/processed_on
              order_id: /data/reference
              decline_code: /data/response_code
              decline_message: /data/response_summary
              card_brand: /data/source/scheme
              card_bin: /data/source/bin
              card_last4: /data/source/last_4
              card_issuer_country: /data/source/issuer_country
              card_issuer_name: /data/source/issuer
              rrn: /data/processing/retrieval_reference_number
              auth_code: /data/auth_code
            status_map: {payment_approved: successful, payment_declined: failed}
            code_namespace: checkoutcom
            """.formatted(LiveStub.REST_TOKEN);

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void reset() {
        stub.server.resetAll();
        stub.log.clear();
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_shared_checkout_com_payloads_map_through_json_pointers() {
        assertThat(Fixtures.of("checkoutcom")).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(APPROVED, DECLINED);
        stub.server.stubFor(get("/payments/pay_waji5li3mqtetnaor77xmow4bq")
                .withHeader("Authorization", equalTo(LiveStub.REST_TOKEN)).willReturn(okJson(Fixtures.read("checkoutcom", APPROVED))));
        stub.server.stubFor(get("/payments/pay_pfyq4sdkrvoexn737g2e26c3xm")
                .withHeader("Authorization", equalTo(LiveStub.REST_TOKEN)).willReturn(okJson(Fixtures.read("checkoutcom", DECLINED))));
        Gateway g = stub.rest(yaml(CHECKOUT));

        Transaction ok = g.byId("pay_waji5li3mqtetnaor77xmow4bq").orElseThrow();
        Transaction declined = g.byId("pay_pfyq4sdkrvoexn737g2e26c3xm").orElseThrow();

        assertThat(ok.status()).isEqualTo(TxStatus.SUCCESSFUL);
        assertThat(ok.gatewayType()).isEqualTo("rest");
        assertThat(ok.amount().display()).isEqualTo("100.00 EUR");
        assertThat(ok.createdAt()).isEqualTo(Instant.parse("2019-06-07T08:25:21Z"));
        assertThat(ok.orderId()).isEqualTo("ORD-5023-4E89");
        assertThat(ok.card().masked()).isEqualTo("424242******4242");
        assertThat(ok.card().issuerName()).isEqualTo("JPMORGAN CHASE BANK NA");
        assertThat(ok.processing().rrn()).isEqualTo("000007895269");
        assertThat(ok.decline()).isNull();
        assertThat(declined.status()).isEqualTo(TxStatus.FAILED);
        assertThat(declined.decline().codes()).containsExactly(new Code("checkoutcom", "20005"));
        assertThat(declined.decline().message()).isEqualTo("Declined - Do Not Honour");
        assertThat(declined.amount().display()).isEqualTo("0.05 EUR");
        stub.assertNoSecrets();
    }

    @Test
    void an_order_lists_every_item_the_list_pointer_finds() {
        stub.server.stubFor(get(urlPathEqualTo("/payments")).withQueryParam("reference", equalTo("ORD-5023-4E89"))
                .willReturn(okJson("{\"data\":[" + Fixtures.read("checkoutcom", APPROVED) + ","
                        + Fixtures.read("checkoutcom", DECLINED) + "]}")));
        stub.server.stubFor(get(urlPathEqualTo("/payments")).withQueryParam("reference", equalTo("none"))
                .willReturn(okJson("{\"data\":[]}")));
        Gateway g = stub.rest(yaml(CHECKOUT));

        assertThat(g.byOrderId("ORD-5023-4E89")).extracting(Transaction::status)
                .containsExactly(TxStatus.SUCCESSFUL, TxStatus.FAILED);
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
