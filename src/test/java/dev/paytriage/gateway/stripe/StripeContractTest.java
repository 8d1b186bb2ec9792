package dev.paytriage.gateway.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.Payloads;
import dev.paytriage.gateway.SearchCriteria;
import dev.paytriage.model.Code;
import dev.paytriage.model.Money;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Stripe adapter against the project's own Stripe answers (payloads/stripe: PaymentIntents with the
 * latest charge expanded, as an id, or as the pre-2022 charges list; Charges declined, blocked by Radar,
 * succeeded after 3-D Secure, refunded; error bodies) served by WireMock with Bearer auth checked.
 * StripeSharedFixturesTest runs the team's verbatim payloads when they are beside the clone.
 */
class StripeContractTest {
    @RegisterExtension
    static final LiveStub stub = new LiveStub();
    static final String BEARER = "Bearer " + LiveStub.STRIPE_KEY;

    static final String PI_FAILED_EXPANDED = "payment_intent_failed_charge_expanded.json";
    static final String PI_FAILED_CHARGE_ID = "payment_intent_failed_charge_id.json";
    static final String PI_SUCCEEDED = "payment_intent_succeeded_charge_expanded.json";
    static final String PI_REQUIRES_CAPTURE = "payment_intent_requires_capture.json";
    static final String PI_REQUIRES_ACTION = "payment_intent_requires_action_3ds.json";
    static final String PI_CANCELED = "payment_intent_canceled_abandoned.json";
    static final String PI_LEGACY = "payment_intent_legacy_charges_list.json";
    static final String CH_INSUFFICIENT = "charge_failed_insufficient_funds.json";
    static final String CH_DO_NOT_HONOR = "charge_failed_do_not_honor.json";
    static final String CH_SUCCEEDED_3DS = "charge_succeeded_3ds.json";
    static final String CH_REFUNDED = "charge_refunded.json";
    static final String CH_MERCHANT_RULE = "charge_blocked_merchant_rule.json";
    static final String CH_HIGHEST_RISK = "charge_blocked_highest_risk.json";
    static final String EVENT = "event_charge_failed.json";
    static final String ERR_MISSING = "error_resource_missing.json";
    static final String ERR_KEY = "error_invalid_api_key.json";
    static final String ERR_URL = "error_unrecognized_url.json";

    private static void serve(String path, int status, String payload) {
        stub.server.stubFor(get(urlPathEqualTo(path)).withHeader("Authorization", equalTo(BEARER))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(Payloads.read("stripe", payload))));
    }

    /** A Stripe list or search_result around some payloads, as the list and search endpoints answer. */
    private static String list(String object, String url, String... payloads) {
        String data = Stream.of(payloads).map(p -> Payloads.read("stripe", p)).collect(Collectors.joining(","));
        return "{\"object\":\"" + object + "\",\"url\":\"" + url + "\",\"has_more\":false,"
                + ("search_result".equals(object) ? "\"next_page\":null," : "") + "\"data\":[" + data + "]}";
    }

    private static Transaction byId(String id) {
        return stub.stripe(null).byId(id).orElseThrow();
    }

    @Test
    void every_stripe_payload_is_read_by_a_test_here() throws Exception {
        Set<String> known = new TreeSet<>();
        for (var f : StripeContractTest.class.getDeclaredFields()) {
            if (f.getType() == String.class && f.getName().matches("(PI|CH|ERR|EVENT)\\w*")) {
                known.add((String) f.get(null));
            }
        }
        assertThat(Payloads.of("stripe")).as("a new payload needs a test here").containsExactlyElementsOf(known);
    }

    @Test
    void a_payment_intent_with_its_latest_charge_expanded_is_read_in_one_request() {
        serve("/v1/payment_intents/pi_3TBq8rLk5dWm2nPa1Kd7RtYs", 200, PI_FAILED_EXPANDED);

        Transaction t = byId("pi_3TBq8rLk5dWm2nPa1Kd7RtYs");

        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/payment_intents/pi_3TBq8rLk5dWm2nPa1Kd7RtYs"))
                .withQueryParam("expand[]", equalTo("latest_charge")));
        assertThat(stub.server.getAllServeEvents()).hasSize(1);
        assertThat(t.status()).isEqualTo(TxStatus.FAILED);
        assertThat(t.type()).isEqualTo(TxType.PAYMENT);
        assertThat(t.test()).as("livemode").isFalse();
        assertThat(t.amount().display()).isEqualTo("45.90 EUR");
        assertThat(t.createdAt()).isEqualTo(Instant.ofEpochSecond(1795257410));
        assertThat(t.paidAt()).isNull();
        assertThat(t.orderId()).isEqualTo("NC-51877");
        assertThat(t.decline().codes()).containsExactly(new Code("stripe", "insufficient_funds"),
                new Code("stripe", "card_declined"), new Code("stripe_error_type", "card_error"),
                new Code("stripe_advice", "try_again_later"), new Code("network", "51"),
                new Code("stripe_outcome", "issuer_declined"), new Code("stripe_network_status", "declined_by_network"));
        assertThat(t.decline().source()).isEqualTo("issuer");
        assertThat(t.decline().message()).isEqualTo("Your card has insufficient funds.");
        assertThat(t.card().last4()).isEqualTo("3184");
        assertThat(t.card().issuerCountry()).isEqualTo("DE");
        assertThat(t.processing().cvcCheck()).isEqualTo("pass");
        assertThat(t.processing().avsCheck()).as("the postcode was checked, the street was not").isEqualTo("pass");
        assertThat(t.processing().networkTransactionId()).isEqualTo("MCC8KQ2ZX1126");
        assertThat(t.risk().engine()).isEqualTo("radar");
        assertThat(t.risk().riskLevel()).isEqualTo("normal");
        assertThat(t.risk().sentToNetwork()).isTrue();
    }

    @Test
    void a_payment_intent_whose_latest_charge_is_an_id_gets_the_charge_fetched() {
        serve("/v1/payment_intents/pi_3TCa4cLk5dWm2nPa0Bv1NmQw", 200, PI_FAILED_CHARGE_ID);
        serve("/v1/charges/ch_3TCa4cLk5dWm2nPa0Fh6GjKl", 200, CH_DO_NOT_HONOR);

        Transaction t = byId("pi_3TCa4cLk5dWm2nPa0Bv1NmQw");

        stub.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/charges/ch_3TCa4cLk5dWm2nPa0Fh6GjKl")));
        assertThat(t.id()).isEqualTo("pi_3TCa4cLk5dWm2nPa0Bv1NmQw");
        assertThat(t.decline().codes()).contains(new Code("stripe", "do_not_honor"), new Code("stripe_advice", "do_not_try_again"),
                new Code("network", "05"), new Code("stripe_outcome", "issuer_declined"));
        // only the followed charge knows these
        assertThat(t.card().last4()).isEqualTo("7741");
        assertThat(t.risk().riskLevel()).isEqualTo("normal");
        assertThat(t.processing().networkTransactionId()).isEqualTo("584011733916208");
    }

    @Test
    void a_payment_intent_on_an_api_version_before_latest_charge_reads_its_charges_list() {
        serve("/v1/payment_intents/pi_3TCi9kLk5dWm2nPa8Dc6VfRt", 200, PI_LEGACY);

        Transaction t = byId("pi_3TCi9kLk5dWm2nPa8Dc6VfRt");

        assertThat(stub.server.getAllServeEvents()).as("nothing to follow").hasSize(1);
        assertThat(t.amount().display()).isEqualTo("15.00 USD");
        assertThat(t.card().brand()).isEqualTo("amex");
        assertThat(t.card().last4()).isEqualTo("1005");
        assertThat(t.decline().codes()).containsExactly(new Code("stripe", "expired_card"),
                new Code("stripe_error_type", "card_error"), new Code("stripe_outcome", "issuer_declined"),
                new Code("stripe_network_status", "declined_by_network"));
        assertThat(t.decline().message()).isEqualTo("Your card has expired.");
    }

    @Test
    void payment_intents_in_their_other_states() {
        serve("/v1/payment_intents/pi_3TCb7dLk5dWm2nPa1Ae3SdFg", 200, PI_SUCCEEDED);
        serve("/v1/payment_intents/pi_3TCc1eLk5dWm2nPa2Gh4JkLz", 200, PI_REQUIRES_CAPTURE);
        serve("/v1/payment_intents/pi_3TCg7iLk5dWm2nPa6Rf3GhJk", 200, PI_REQUIRES_ACTION);
        serve("/v1/payment_intents/pi_3TCh8jLk5dWm2nPa7Ed4FgHj", 200, PI_CANCELED);

        Transaction paid = byId("pi_3TCb7dLk5dWm2nPa1Ae3SdFg");
        Transaction hold = byId("pi_3TCc1eLk5dWm2nPa2Gh4JkLz");
        Transaction waiting = byId("pi_3TCg7iLk5dWm2nPa6Rf3GhJk");
        Transaction canceled = byId("pi_3TCh8jLk5dWm2nPa7Ed4FgHj");

        assertThat(paid.status()).isEqualTo(TxStatus.SUCCESSFUL);
        assertThat(paid.paidAt()).as("when its charge was made").isEqualTo(Instant.ofEpochSecond(1795270450));
        assertThat(paid.decline()).isNull();
        assertThat(paid.threeDSecure().status()).isEqualTo("successful");
        assertThat(hold.status()).isEqualTo(TxStatus.SUCCESSFUL);
        assertThat(hold.type()).isEqualTo(TxType.AUTHORIZATION);
        assertThat(hold.processing().authCode()).isEqualTo("T55301");
        assertThat(waiting.status()).isEqualTo(TxStatus.INCOMPLETE);
        assertThat(waiting.decline()).isNull();
        assertThat(waiting.threeDSecure().status()).isEqualTo("pending");
        assertThat(waiting.threeDSecure().message()).isEqualTo("next action: use_stripe_sdk");
        assertThat(canceled.status()).isEqualTo(TxStatus.CANCELED);
        assertThat(canceled.decline().codes()).containsExactly(new Code("stripe_cancellation", "abandoned"));
        assertThat(canceled.decline().source()).isEqualTo("merchant");
        assertThat(stub.server.getAllServeEvents()).as("every latest charge came expanded or was absent").hasSize(4);
    }

    @Test
    void charges_by_their_id() {
        serve("/v1/charges/ch_3TBq8rLk5dWm2nPa1Xc4VfQe", 200, CH_INSUFFICIENT);
        serve("/v1/charges/ch_3TCb7dLk5dWm2nPa1Rt2YuIo", 200, CH_SUCCEEDED_3DS);
        serve("/v1/charges/ch_3TCd3fLk5dWm2nPa3Mn7BvCx", 200, CH_REFUNDED);

        Transaction declined = byId("ch_3TBq8rLk5dWm2nPa1Xc4VfQe");
        Transaction paid = byId("ch_3TCb7dLk5dWm2nPa1Rt2YuIo");
        Transaction refunded = byId("ch_3TCd3fLk5dWm2nPa3Mn7BvCx");

        assertThat(declined.status()).isEqualTo(TxStatus.FAILED);
        assertThat(declined.parentId()).isEqualTo("pi_3TBq8rLk5dWm2nPa1Kd7RtYs");
        assertThat(declined.decline().codes()).containsExactly(new Code("stripe", "insufficient_funds"),
                new Code("stripe", "card_declined"), new Code("stripe_advice", "try_again_later"), new Code("network", "51"),
                new Code("stripe_outcome", "issuer_declined"), new Code("stripe_network_status", "declined_by_network"));
        assertThat(declined.decline().message()).isEqualTo("Your card has insufficient funds.");
        assertThat(paid.status()).isEqualTo(TxStatus.SUCCESSFUL);
        assertThat(paid.type()).isEqualTo(TxType.PAYMENT);
        assertThat(paid.paidAt()).isEqualTo(Instant.ofEpochSecond(1795270450));
        assertThat(paid.decline()).isNull();
        assertThat(paid.threeDSecure().status()).as("result authenticated").isEqualTo("successful");
        assertThat(paid.threeDSecure().eci()).isEqualTo("05");
        assertThat(paid.processing().authCode()).isEqualTo("842191");
        assertThat(paid.processing().avsCheck()).isEqualTo("pass");
        assertThat(refunded.type()).isEqualTo(TxType.REFUND);
    }

    @Test
    void radar_blocks_are_the_merchants_rule_or_stripes_own_risk_score() {
        serve("/v1/charges/ch_3TCe5gLk5dWm2nPa4Lk0PoIu", 200, CH_MERCHANT_RULE);
        serve("/v1/charges/ch_3TCf6hLk5dWm2nPa5Jh2KlMn", 200, CH_HIGHEST_RISK);

        Transaction rule = byId("ch_3TCe5gLk5dWm2nPa4Lk0PoIu");
        Transaction risky = byId("ch_3TCf6hLk5dWm2nPa5Jh2KlMn");

        assertThat(rule.decline().source()).isEqualTo("risk");
        assertThat(rule.risk().status()).isEqualTo("blocked");
        assertThat(rule.risk().owner()).isEqualTo("merchant");
        assertThat(rule.risk().rule()).isEqualTo(":card_country: != :ip_country: and :amount_in_eur: > 150");
        assertThat(rule.risk().sentToNetwork()).isFalse();
        assertThat(rule.decline().codes()).contains(new Code("stripe", "rule"), new Code("stripe_outcome", "blocked"));
        assertThat(risky.risk().owner()).isEqualTo("gateway");
        assertThat(risky.risk().rule()).isEqualTo("block_if_high_risk__enabled");
        assertThat(risky.risk().riskLevel()).isEqualTo("highest");
        assertThat(risky.decline().codes()).contains(new Code("stripe", "highest_risk_level"));
    }

    @Test
    void an_invalid_key_is_refused_credentials_naming_api_key() {
        serve("/v1/charges/ch_1", 401, ERR_KEY);

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> stub.stripe(null).byId("ch_1"));

        assertThat(e.kind()).isEqualTo("auth");
        assertThat(e.exitCode().code).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("gateway stripe refused the credentials (HTTP 401): check api_key in "
                + "no config file (sandbox only)");
        stub.assertNoSecrets(e.getMessage());
    }

    @Test
    void resource_missing_is_not_found_but_an_unknown_url_is_a_wrong_base_url() {
        serve("/v1/payment_intents/pi_3TZzzzLk5dWm2nPa9Unknown", 404, ERR_MISSING);
        serve("/v1/charges/ch_x", 404, ERR_URL);
        Gateway g = stub.stripe(null);

        assertThat(g.byId("pi_3TZzzzLk5dWm2nPa9Unknown")).isEmpty();
        assertThat(g.byId("not-a-stripe-id")).isEmpty();
        assertThat(catchThrowableOfType(GatewayException.class, () -> g.byId("ch_x")).getMessage())
                .contains("answered HTTP 404 to /v1/charges/ch_x with Stripe's invalid_request_error: Unrecognized request URL");
    }

    @Test
    void an_object_that_is_not_a_payment_is_a_one_line_error() {
        serve("/v1/charges/ch_event", 200, EVENT);

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> stub.stripe(null).byId("ch_event"));

        assertThat(e.getMessage()).isEqualTo("gateway stripe answered a Stripe object of type 'event', not a payment_intent or charge");
        assertThat(e.exitCode().code).isEqualTo(4);
    }

    @Test
    void an_order_id_is_searched_on_the_configured_metadata_key_with_quotes_escaped() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/search"))
                .withQueryParam("query", equalTo("metadata['shop_order']:'O\\'Brien\\\\7'"))
                .withQueryParam("expand[]", equalTo("data.latest_charge"))
                .willReturn(okJson(list("search_result", "/v1/payment_intents/search", PI_FAILED_EXPANDED, PI_SUCCEEDED))));

        List<Transaction> found = stub.stripe("shop_order").byOrderId("O'Brien\\7");

        assertThat(found).extracting(Transaction::id).as("newest first")
                .containsExactly("pi_3TCb7dLk5dWm2nPa1Ae3SdFg", "pi_3TBq8rLk5dWm2nPa1Kd7RtYs");
        assertThat(found.get(1).risk()).as("the expanded charge was read").isNotNull();
        assertThat(stub.server.getAllServeEvents()).hasSize(1);
    }

    @Test
    void an_order_id_unknown_to_payment_intents_is_looked_for_on_charges() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/search"))
                .willReturn(okJson(list("search_result", "/v1/payment_intents/search"))));
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges/search"))
                .withQueryParam("query", equalTo("metadata['order_id']:'NC-51901'"))
                .withQueryParam("expand[]", absent())
                .willReturn(okJson(list("search_result", "/v1/charges/search", CH_DO_NOT_HONOR))));

        assertThat(stub.stripe(null).byOrderId("NC-51901")).extracting(Transaction::id)
                .containsExactly("ch_3TCa4cLk5dWm2nPa0Fh6GjKl");
    }

    @Test
    void a_complaint_search_becomes_a_charges_search_of_every_given_field() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges/search"))
                .withQueryParam("query", equalTo("amount:4590 AND currency:'eur' AND created>=1795250000 AND "
                        + "created<=1795260000 AND payment_method_details.card.last4:'3184'"))
                .willReturn(okJson(list("search_result", "/v1/charges/search", CH_INSUFFICIENT))));
        Gateway g = stub.stripe(null);

        List<Transaction> found = g.search(new SearchCriteria("Any shop", new Money(4590, "EUR"),
                Instant.ofEpochSecond(1795250000), Instant.ofEpochSecond(1795260000), "3184"));

        assertThat(g.canSearch()).isTrue();
        assertThat(found).extracting(Transaction::id).containsExactly("ch_3TBq8rLk5dWm2nPa1Xc4VfQe");
        assertThat(g.search(new SearchCriteria("Any shop", null, null, null, null))).isEmpty();
    }

    @Test
    void recent_charges_come_from_the_list_and_a_failing_list_only_loses_the_pattern() {
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges")).withQueryParam("created[gte]", equalTo("1795249200"))
                .withQueryParam("created[lte]", equalTo("1795263600"))
                .willReturn(okJson(list("list", "/v1/charges", CH_DO_NOT_HONOR, CH_INSUFFICIENT))));
        Gateway g = stub.stripe(null);
        Instant until = Instant.ofEpochSecond(1795263600);

        assertThat(g.recent("shop", until, Duration.ofHours(4))).hasSize(2);
        stub.server.resetAll();
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(aResponse().withStatus(500)));
        assertThat(g.recent("shop", until, Duration.ofHours(4))).isEmpty();
    }

    @Test
    void stripe_amounts_are_in_minor_units_except_isk_which_stripe_keeps_two_decimal() {
        assertThat(StripeMapper.money(100L, "usd").display()).isEqualTo("1.00 USD");
        assertThat(StripeMapper.money(500L, "jpy").display()).isEqualTo("500 JPY");
        assertThat(StripeMapper.money(50000L, "isk").display()).isEqualTo("500 ISK");
    }

    @Test
    void the_api_version_goes_out_as_stripe_version() {
        serve("/v1/charges/ch_3TBq8rLk5dWm2nPa1Xc4VfQe", 200, CH_INSUFFICIENT);
        Gateway g = stub.build("stripe", stub.config("stripe", "2024-06-20", null, null));

        g.byId("ch_3TBq8rLk5dWm2nPa1Xc4VfQe");

        stub.server.verify(getRequestedFor(urlPathEqualTo("/v1/charges/ch_3TBq8rLk5dWm2nPa1Xc4VfQe"))
                .withHeader("Stripe-Version", equalTo("2024-06-20")));
    }
}
