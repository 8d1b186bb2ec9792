package dev.paytriage.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.Fixtures;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest adapter configured for Checkout.com's webhook bodies, the team's verbatim payloads
 * (../shared/fixtures/checkoutcom), served by WireMock. Skipped, saying so, in a clone without them:
 * RestContractTest reads the project's own Checkout.com payment answers.
 */
@ExtendWith(Fixtures.Present.class)
class RestSharedFixturesTest {
    @RegisterExtension
    static final LiveStub stub = new LiveStub();
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

    @Test
    void the_shared_checkout_com_payloads_map_through_json_pointers() {
        assertThat(Fixtures.of("checkoutcom")).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(APPROVED, DECLINED);
        stub.server.stubFor(get("/payments/pay_waji5li3mqtetnaor77xmow4bq")
                .withHeader("Authorization", equalTo(LiveStub.REST_TOKEN)).willReturn(okJson(Fixtures.read("checkoutcom", APPROVED))));
        stub.server.stubFor(get("/payments/pay_pfyq4sdkrvoexn737g2e26c3xm")
                .withHeader("Authorization", equalTo(LiveStub.REST_TOKEN)).willReturn(okJson(Fixtures.read("checkoutcom", DECLINED))));
        Gateway g = stub.rest(RestContractTest.yaml(CHECKOUT));

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
        Gateway g = stub.rest(RestContractTest.yaml(CHECKOUT));

        assertThat(g.byOrderId("ORD-5023-4E89")).extracting(Transaction::status)
                .containsExactly(TxStatus.SUCCESSFUL, TxStatus.FAILED);
        assertThat(g.byOrderId("none")).isEmpty();
    }
}
