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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.Payloads;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The beGateway adapter against the project's own beGateway answers (payloads/begateway: API v2 and v3
 * card transactions, declines, 3-D Secure, beProtected, Smart Routing, refunds, tracking-id lists, error
 * bodies) served by WireMock, with the Basic credentials and the API version header checked on every
 * request. BeGatewaySharedFixturesTest runs the team's verbatim payloads when they are beside the clone.
 */
class BeGatewayContractTest {
    @RegisterExtension
    static final LiveStub stub = new LiveStub();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASIC = "Basic " + Secrets.basicToken(LiveStub.SHOP_ID, LiveStub.SECRET_KEY);

    /** One answer to a uid lookup: the HTTP status it comes with, and what the adapter must make of it. */
    record Answer(int status, Consumer<Outcome> expect) {}

    record Outcome(Transaction tx, GatewayException error) {
        Transaction ok() {
            assertThat(error).as("the lookup failed").isNull();
            return tx;
        }

        GatewayException failed() {
            assertThat(tx).as("the lookup gave a transaction").isNull();
            return error;
        }
    }

    static final Map<String, Answer> BY_UID = new TreeMap<>(Map.ofEntries(
            Map.entry("v2_payment_successful.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.id()).isEqualTo("77412-5e0c9a1b3d");
                assertThat(t.type()).isEqualTo(TxType.PAYMENT);
                assertThat(t.status()).isEqualTo(TxStatus.SUCCESSFUL);
                assertThat(t.amount().display()).isEqualTo("45.90 BYN");
                assertThat(t.createdAt()).isEqualTo(Instant.parse("2026-11-21T18:42:03.118Z"));
                assertThat(t.paidAt()).isEqualTo(Instant.parse("2026-11-21T18:42:09.311Z"));
                assertThat(t.orderId()).isEqualTo("ORD-10457");
                assertThat(t.card().masked()).isEqualTo("427550******4821");
                assertThat(t.card().issuerName()).isEqualTo("CASE BANK");
                assertThat(t.test()).isFalse();
                assertThat(t.decline()).isNull();
                assertThat(t.processing().rrn()).isEqualTo("633512874409");
                assertThat(t.processing().authCode()).isEqualTo("318455");
                assertThat(t.processing().route()).isEqualTo("4105");
                assertThat(t.processing().cvcCheck()).isEqualTo("pass");
                assertThat(t.processing().avsCheck()).isEqualTo("pass");
                assertThat(t.risk().status()).isEqualTo("successful");
                assertThat(t.risk().owner()).isNull();
            })),
            Map.entry("v2_payment_failed_insufficient_funds.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.status()).isEqualTo(TxStatus.FAILED);
                assertThat(t.decline().codes()).containsExactly(new Code("iso8583", "51"));
                assertThat(t.decline().source()).isEqualTo("issuer");
                assertThat(t.decline().message()).isEqualTo("Insufficient funds");
                assertThat(t.paidAt()).isNull();
            })),
            Map.entry("v2_payment_failed_test_mode.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.test()).isTrue();
                assertThat(t.status()).isEqualTo(TxStatus.FAILED);
                // the demo gateway answers bank code 05 to everything in test mode: it means nothing there
                assertThat(t.decline().codes()).isEmpty();
                assertThat(t.decline().message()).isEqualTo("Payment was declined");
            })),
            Map.entry("v2_payment_failed_beprotected_volume.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.decline().source()).as("stopped before the acquirer").isEqualTo("risk");
                assertThat(t.risk().volumeLimitExceeded()).isTrue();
                assertThat(t.risk().owner()).isEqualTo("gateway");
                assertThat(t.risk().message()).isEqualTo("Monthly volume limit exceeded");
            })),
            Map.entry("v2_payment_failed_beprotected_black_list.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.decline().source()).isEqualTo("risk");
                assertThat(t.risk().blockListed()).isTrue();
                assertThat(t.risk().owner()).isEqualTo("merchant");
                assertThat(t.processing().route()).isEqualTo("4212");
            })),
            Map.entry("v2_refund_successful.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.type()).isEqualTo(TxType.REFUND);
                assertThat(t.parentId()).isEqualTo("77412-5e0c9a1b3d");
                assertThat(t.processing().rrn()).as("read from the section named after the type").isEqualTo("633610058214");
                assertThat(t.risk().status()).isEqualTo("successful");
                assertThat(t.risk().rule()).as("no rule failed").isNull();
            })),
            Map.entry("v2_authorization_successful.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.type()).isEqualTo(TxType.AUTHORIZATION);
                assertThat(t.processing().authCode()).isEqualTo("771204");
                assertThat(t.processing().avsCheck()).as("AVS A: address matches, postcode does not").isEqualTo("partial");
                assertThat(t.threeDSecure().status()).isEqualTo("successful");
                assertThat(t.threeDSecure().eci()).isEqualTo("05");
            })),
            Map.entry("v3_payment_failed_do_not_honor.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.id()).isEqualTo("0d7e2c94-61b8-4a3f-9e25-c81f4b6a0d37");
                assertThat(t.decline().codes()).containsExactly(new Code("begateway", "F.0105"), new Code("iso8583", "05"));
                assertThat(t.decline().code()).isEqualTo("F.0105");
                assertThat(t.decline().source()).isEqualTo("issuer");
                assertThat(t.decline().message()).as("v3's friendly message first")
                        .isEqualTo("Do not honor. Failed to complete the transaction. Contact the merchant for details.");
                assertThat(t.card().masked()).isEqualTo("414720******1207");
                assertThat(t.processing().cvcCheck()).isEqualTo("fail");
                assertThat(t.processing().rrn()).as("v3 keeps the bank data under 'transaction'").isEqualTo("633607311425");
            })),
            Map.entry("v3_payment_incomplete_3ds.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.status()).isEqualTo(TxStatus.INCOMPLETE);
                assertThat(t.hasCode("begateway", "P.9998")).isTrue();
                assertThat(t.threeDSecure().status()).isEqualTo("incomplete");
                assertThat(t.card().brand()).isEqualTo("belkart");
            })),
            Map.entry("v3_payment_failed_3ds.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.decline().source()).isEqualTo("3ds");
                assertThat(t.decline().codes()).containsExactly(new Code("begateway", "F.4001"),
                        new Code("begateway_3ds", "Not authenticated by the card issuer"));
                assertThat(t.threeDSecure().status()).isEqualTo("failed");
                assertThat(t.threeDSecure().eci()).isEqualTo("07");
            })),
            Map.entry("v3_payment_failed_beprotected_rule.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.hasCode("begateway", "F.2008")).isTrue();
                assertThat(t.decline().source()).isEqualTo("risk");
                assertThat(t.risk().rule()).isEqualTo("1_7731_Dom Tkani: Card issuer country is not BY, RU or KZ");
                assertThat(t.risk().owner()).as("a shop's rule group").isEqualTo("merchant");
            })),
            Map.entry("v3_payment_failed_smart_routing.json", new Answer(200, o -> {
                Transaction t = o.ok();
                assertThat(t.decline().source()).isEqualTo("gateway");
                assertThat(t.hasCode("begateway", "F.2004")).isTrue();
                assertThat(t.amount().display()).isEqualTo("9.90 EUR");
            })),
            Map.entry("checkout_by_token.json", new Answer(200, o -> assertThat(o.failed().getMessage())
                    .contains("a checkout (payment token) object from the hosted-page API").contains("base_url"))),
            Map.entry("error_v2_validation.json", new Answer(422, o -> assertThat(o.failed().getMessage())
                    .isEqualTo("gateway bepaid rejected the lookup (HTTP 422): Tracking id is too long (maximum is 255 characters)."))),
            Map.entry("error_v2_response_base.json", new Answer(422, o -> assertThat(o.failed().getMessage())
                    .isEqualTo("gateway bepaid rejected the lookup (HTTP 422): Shop is not active"))),
            Map.entry("error_v3_validation.json", new Answer(422, o -> assertThat(o.failed().getMessage())
                    .isEqualTo("gateway bepaid rejected the lookup (HTTP 422): E.1025 Uid is invalid."))),
            Map.entry("error_v3_access_denied.json", new Answer(401, o -> {
                assertThat(o.failed().kind()).isEqualTo("auth");
                assertThat(o.failed().getMessage()).isEqualTo("gateway bepaid refused the credentials (HTTP 401): "
                        + "check shop_id/secret_key in no config file (sandbox only)");
            }))));

    /** Answers to a lookup by tracking id, read by the order tests below. */
    static final List<String> BY_ORDER = List.of("v2_tracking_id_two_attempts.json", "v2_tracking_id_none.json");
    /** "Record not found" in its two documented places, each meaning an unknown uid. */
    static final List<String> NOT_FOUND = List.of("error_not_found.json", "error_response_not_found.json");

    @Test
    void every_begateway_payload_is_read_by_a_test_here() {
        List<String> known = new ArrayList<>(BY_UID.keySet());
        known.addAll(BY_ORDER);
        known.addAll(NOT_FOUND);
        assertThat(Payloads.of("begateway")).as("a new payload needs an expectation here").containsExactlyElementsOf(new TreeSet<>(known));
    }

    @Test
    void every_answer_to_a_uid_lookup_maps_or_fails_in_one_documented_way() {
        for (Map.Entry<String, Answer> e : BY_UID.entrySet()) {
            String name = e.getKey();
            String body = Payloads.read("begateway", name);
            boolean v3 = name.startsWith("v3_") || name.startsWith("error_v3_");
            String uid = uid(body, name);
            stub.server.resetAll();
            MappingBuilder request = get(urlPathEqualTo("/transactions/" + uid)).withHeader("Authorization", equalTo(BASIC))
                    .withHeader("Accept", equalTo("application/json"))
                    .withHeader("X-API-Version", v3 ? equalTo("3") : absent());
            stub.server.stubFor(request.willReturn(aResponse().withStatus(e.getValue().status())
                    .withHeader("Content-Type", "application/json").withBody(body)));
            Outcome o = lookUp(stub, stub.begateway(v3 ? "3" : null), uid, name);

            e.getValue().expect().accept(o);
            if (o.tx() != null) {
                assertThat(o.tx().gateway()).isEqualTo("bepaid");
                assertThat(o.tx().gatewayType()).isEqualTo("begateway");
            }
        }
    }

    /** A uid lookup: a transaction, or a failure that is exit 4 on one line without a secret. */
    static Outcome lookUp(LiveStub stub, Gateway g, String uid, String name) {
        try {
            Optional<Transaction> t = g.byId(uid);
            assertThat(t).as(name).isPresent();
            return new Outcome(t.get(), null);
        } catch (GatewayException e) {
            assertThat(e.exitCode().code).as(name).isEqualTo(4);
            assertThat(e.getMessage()).as(name).doesNotContain("\n");
            stub.assertNoSecrets(e.getMessage());
            return new Outcome(null, e);
        }
    }

    /** The transaction id an answer is about (at the top, under transaction, or in the checkout); else one from the name. */
    private static String uid(String body, String name) {
        try {
            JsonNode uid = JSON.readTree(body).findValue("uid");
            return uid != null && uid.isTextual() ? uid.asText() : "lookup-" + name.replace(".json", "").replace('_', '-');
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void an_unknown_uid_is_not_found_in_each_documented_form() {
        stub.server.stubFor(get("/transactions/a-1").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(Payloads.read("begateway", NOT_FOUND.get(0)))));
        stub.server.stubFor(get("/transactions/a-2").willReturn(okJson(Payloads.read("begateway", NOT_FOUND.get(1)))));
        stub.server.stubFor(get("/transactions/a-3").willReturn(aResponse().withStatus(404)));
        Gateway g = stub.begateway(null);

        assertThat(g.byId("a-1")).isEmpty();
        assertThat(g.byId("a-2")).isEmpty();
        assertThat(g.byId("a-3")).isEmpty();
        assertThat(stub.server.getAllServeEvents()).hasSize(3);
    }

    @Test
    void a_tracking_id_lists_every_attempt_and_an_unknown_one_lists_none() {
        stub.server.stubFor(get("/v2/transactions/tracking_id/ORD-10460").withHeader("Authorization", equalTo(BASIC))
                .willReturn(okJson(Payloads.read("begateway", "v2_tracking_id_two_attempts.json"))));
        stub.server.stubFor(get("/v2/transactions/tracking_id/ORD-2").willReturn(okJson(Payloads.read("begateway",
                "v2_tracking_id_none.json"))));
        Gateway g = stub.begateway(null);

        List<Transaction> found = g.byOrderId("ORD-10460");

        assertThat(found).extracting(Transaction::id).containsExactly("77630-9c1e5a7b02", "77634-2d8f0b6e41");
        assertThat(found).extracting(Transaction::status).containsExactly(TxStatus.FAILED, TxStatus.SUCCESSFUL);
        assertThat(found.get(0).decline().codes()).containsExactly(new Code("iso8583", "51"));
        assertThat(found.get(1).card().last4()).as("the second attempt, with another card").isEqualTo("0558");
        assertThat(g.byOrderId("ORD-2")).isEmpty();
    }

    @Test
    void a_gateway_without_the_v2_tracking_route_is_asked_on_the_older_path() {
        stub.server.stubFor(get("/v2/transactions/tracking_id/ORD-10460").willReturn(aResponse().withStatus(404)));
        stub.server.stubFor(get("/transactions/tracking_id/ORD-10460").willReturn(okJson(Payloads.read("begateway",
                "v2_tracking_id_two_attempts.json"))));

        List<Transaction> found = stub.begateway(null).byOrderId("ORD-10460");

        assertThat(found).hasSize(2);
        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/transactions/tracking_id/ORD-10460")));
    }

    @Test
    void a_shop_name_from_the_config_replaces_what_the_answer_carries() {
        stub.server.stubFor(get("/transactions/77412-5e0c9a1b3d").willReturn(okJson(Payloads.read("begateway",
                "v2_payment_successful.json"))));
        Gateway g = stub.build("bepaid", new GatewayConfig("begateway", stub.server.baseUrl(), LiveStub.SHOP_ID,
                LiveStub.SECRET_KEY, null, null, null, "Cosmo Books", "2s", "2s", "5s", 2, null, null, null));

        assertThat(g.byId("77412-5e0c9a1b3d")).map(Transaction::shop).contains("Cosmo Books");
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
}
