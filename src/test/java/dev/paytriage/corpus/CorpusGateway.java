package dev.paytriage.corpus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.gateway.LiveStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loopback gateway (WireMock) that serves exactly the transactions of one corpus case, at the paths the
 * real gateways use: beGateway by uid and by tracking id (card API, and the APM "beyag" paths for
 * ERIP/alternative payments), Stripe PaymentIntents and charges by id and by metadata order id. Anything
 * else answers as the real gateway does for an unknown id.
 */
final class CorpusGateway implements AutoCloseable {
    private final LiveStub stub = new LiveStub();
    private final Path config;

    CorpusGateway() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "corpus").toAbsolutePath());
            config = dir.resolve("gateways.yaml");
            Files.writeString(config, yaml(stub.server.baseUrl()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path config() {
        return config;
    }

    /** The environment the config reads its credentials from. */
    Map<String, String> env() {
        return Map.of("BEPAID_SHOP_ID", LiveStub.SHOP_ID, "BEPAID_SECRET_KEY", LiveStub.SECRET_KEY,
                "STRIPE_API_KEY", LiveStub.STRIPE_KEY);
    }

    List<String> secrets() {
        return LiveStub.SECRETS;
    }

    /** Forgets the previous case and serves these answers. */
    void serve(List<RealCorpus.Answer> answers) {
        stub.server.resetAll();
        unknown();
        Map<String, ArrayNode> bgOrders = new LinkedHashMap<>();
        Map<String, ArrayNode> piOrders = new LinkedHashMap<>();
        Map<String, ArrayNode> chargeOrders = new LinkedHashMap<>();
        for (RealCorpus.Answer a : answers) {
            ObjectNode body = a.body();
            if (a.gateway().equals("bepaid")) {
                ObjectNode tx = body.has("transaction") && body.get("transaction").has("uid")
                        ? (ObjectNode) body.get("transaction") : body;
                String uid = tx.path("uid").asText();
                String answer = (a.flat() ? tx : wrap("transaction", tx)).toString();
                for (String p : List.of("/transactions/", "/beyag/transactions/", "/beyag/payments/")) {
                    stub.server.stubFor(get(urlPathEqualTo(p + uid)).willReturn(okJson(answer)));
                }
                if (!tx.path("tracking_id").asText().isEmpty()) {
                    bgOrders.computeIfAbsent(tx.get("tracking_id").asText(), k -> RealCorpus.JSON.createArrayNode()).add(tx);
                }
            } else {
                String id = body.path("id").asText();
                String order = body.path("metadata").path("order_id").asText();
                if ("payment_intent".equals(body.path("object").asText())) {
                    stub.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + id)).willReturn(okJson(body.toString())));
                    JsonNode charge = body.get("latest_charge");
                    if (charge != null && charge.isObject()) {
                        stub.server.stubFor(get(urlPathEqualTo("/v1/charges/" + charge.path("id").asText()))
                                .willReturn(okJson(charge.toString())));
                    }
                    for (JsonNode c : body.path("charges").path("data")) {
                        stub.server.stubFor(get(urlPathEqualTo("/v1/charges/" + c.path("id").asText()))
                                .willReturn(okJson(c.toString())));
                    }
                    if (!order.isEmpty()) {
                        piOrders.computeIfAbsent(order, k -> RealCorpus.JSON.createArrayNode()).add(body);
                    }
                } else {
                    stub.server.stubFor(get(urlPathEqualTo("/v1/charges/" + id)).willReturn(okJson(body.toString())));
                    if (!order.isEmpty()) {
                        chargeOrders.computeIfAbsent(order, k -> RealCorpus.JSON.createArrayNode()).add(body);
                    }
                }
            }
        }
        bgOrders.forEach((order, txs) -> {
            String list = wrap("transactions", txs).toString();
            for (String p : List.of("/v2/transactions/tracking_id/", "/transactions/tracking_id/",
                    "/beyag/transactions/tracking_id/")) {
                // the path as the adapter sends it: an order id such as "#1094" is percent-encoded
                String segment = okhttp3.HttpUrl.get("http://stub/").newBuilder().addPathSegment(order).build()
                        .encodedPath().substring(1);
                stub.server.stubFor(get(urlPathEqualTo(p + segment)).willReturn(okJson(list)));
            }
        });
        piOrders.forEach((order, found) -> search("payment_intents", order, found));
        chargeOrders.forEach((order, found) -> search("charges", order, found));
    }

    /** What the gateways answer for what they do not hold (lowest priority, so any stub above wins). */
    private void unknown() {
        stub.server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Record not found\"}")));
        stub.server.stubFor(get(urlPathMatching("/v1/.*")).atPriority(9).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":\"resource_missing\","
                        + "\"message\":\"No such object\",\"type\":\"invalid_request_error\"}}")));
        String empty = "{\"object\":\"search_result\",\"data\":[],\"has_more\":false,\"next_page\":null}";
        for (String r : List.of("charges", "payment_intents")) {
            stub.server.stubFor(get(urlPathEqualTo("/v1/" + r + "/search")).atPriority(8).willReturn(okJson(empty)));
        }
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges")).atPriority(8)
                .willReturn(okJson("{\"object\":\"list\",\"data\":[],\"has_more\":false,\"url\":\"/v1/charges\"}")));
        stub.server.stubFor(get(urlPathMatching("/(v2/)?transactions/tracking_id/.*")).atPriority(8)
                .willReturn(okJson("{\"transactions\":[]}")));
    }

    private void search(String resource, String order, ArrayNode found) {
        ObjectNode result = RealCorpus.JSON.createObjectNode().put("object", "search_result");
        result.set("data", found);
        result.put("has_more", false).putNull("next_page");
        stub.server.stubFor(get(urlPathEqualTo("/v1/" + resource + "/search"))
                .withQueryParam("query", equalTo("metadata['order_id']:'" + order + "'"))
                .willReturn(okJson(result.toString())));
    }

    private static ObjectNode wrap(String key, JsonNode value) {
        ObjectNode o = RealCorpus.JSON.createObjectNode();
        o.set(key, value);
        return o;
    }

    private static String yaml(String baseUrl) {
        return "default_gateway: bepaid\n"
                + "gateways:\n"
                + "  bepaid:\n"
                + "    type: begateway\n"
                + "    base_url: " + baseUrl + "\n"
                + "    shop_id: ${BEPAID_SHOP_ID}\n"
                + "    secret_key: ${BEPAID_SECRET_KEY}\n"
                + "    max_attempts: 1\n"
                + "  stripe:\n"
                + "    type: stripe\n"
                + "    base_url: " + baseUrl + "\n"
                + "    api_key: ${STRIPE_API_KEY}\n"
                + "    max_attempts: 1\n";
    }

    @Override
    public void close() {
        stub.close();
    }
}
