package dev.paytriage.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.gateway.sandbox.SandboxGateway;
import dev.paytriage.model.Transaction;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sandbox is what a live gateway would answer: every bundled case, served by WireMock in its own
 * gateway's JSON and checked through the begateway or stripe adapter (and two through the rest adapter),
 * gives the same JSON as the sandbox, apart from the gateway's name and type.
 */
class LiveSandboxEquivalenceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final LiveStub stub = new LiveStub();
    static final List<String> REST_CASES = List.of("16a8d4e2-b3f9-4c70-8d65-e0b9a72c1f43", "e2093b7a-58c1-4d9e-b6f4-0c7a81e25d39");

    @BeforeAll
    static void serveTheSandbox() throws Exception {
        Map<String, List<JsonNode>> byOrder = new LinkedHashMap<>();
        Map<String, List<JsonNode>> piByOrder = new LinkedHashMap<>();
        Map<String, List<JsonNode>> chargeByOrder = new LinkedHashMap<>();
        for (SandboxGateway.Entry e : SandboxGateway.entries()) {
            Transaction t = e.transaction();
            JsonNode raw = t.raw();
            if (e.file().startsWith("begateway/")) {
                JsonNode file = resource(e.file());
                // v3 answers are flat; v2 wraps one transaction (the order files list several, v2-style)
                JsonNode answer = file.has("uid") ? raw : JSON.createObjectNode().set("transaction", raw);
                stub.server.stubFor(get(urlPathEqualTo("/transactions/" + t.id())).willReturn(okJson(answer.toString())));
                if (t.orderId() != null) {
                    byOrder.computeIfAbsent(t.orderId(), k -> new ArrayList<>()).add(raw);
                }
            } else if ("payment_intent".equals(raw.path("object").asText())) {
                ObjectNode pi = raw.deepCopy();
                JsonNode charge = pi.get("latest_charge");
                if (charge != null && charge.isObject()) {
                    // as Stripe answers without expand: the id, which the adapter must follow
                    pi.put("latest_charge", charge.get("id").asText());
                    stub.server.stubFor(get(urlPathEqualTo("/v1/charges/" + charge.get("id").asText()))
                            .willReturn(okJson(charge.toString())));
                }
                stub.server.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + t.id())).willReturn(okJson(pi.toString())));
                piByOrder.computeIfAbsent(t.orderId(), k -> new ArrayList<>()).add(pi);
            } else {
                stub.server.stubFor(get(urlPathEqualTo("/v1/charges/" + t.id())).willReturn(okJson(raw.toString())));
                chargeByOrder.computeIfAbsent(t.orderId(), k -> new ArrayList<>()).add(raw);
            }
        }
        byOrder.forEach((order, txs) -> stub.server.stubFor(get(urlPathEqualTo("/v2/transactions/tracking_id/" + order))
                .willReturn(okJson(JSON.createObjectNode().set("transactions", array(txs)).toString()))));
        piByOrder.forEach((order, pis) -> search("payment_intents", order, pis));
        chargeByOrder.forEach((order, charges) -> search("charges", order, charges));
        stub.server.stubFor(get(urlPathEqualTo("/v1/charges")).willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
        assertThat(byOrder.keySet()).as("an order in both gateways would make the sandbox's answer differ")
                .doesNotContainAnyElementsOf(piByOrder.keySet()).doesNotContainAnyElementsOf(chargeByOrder.keySet());
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    private static void search(String resource, String order, List<JsonNode> found) {
        stub.server.stubFor(get(urlPathEqualTo("/v1/" + resource + "/search"))
                .withQueryParam("query", equalTo("metadata['order_id']:'" + order + "'"))
                .willReturn(okJson(JSON.createObjectNode().put("object", "search_result").set("data", array(found)).toString())));
    }

    private static ArrayNode array(List<JsonNode> nodes) {
        ArrayNode a = JSON.createArrayNode();
        nodes.forEach(a::add);
        return a;
    }

    private static JsonNode resource(String file) throws Exception {
        try (InputStream in = SandboxGateway.class.getClassLoader().getResourceAsStream("sandbox/" + file)) {
            return JSON.readTree(in);
        }
    }

    static Stream<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (SandboxGateway.Entry e : SandboxGateway.entries()) {
            if (e.file().contains("/many_cards_")) {
                // Decided by the shop's other recent failures, which the sandbox can list and beGateway's API
                // cannot: live, these are judged one by one (and 'report' finds the cluster across bulk rows).
                continue;
            }
            out.add(new Object[] {e.file().startsWith("stripe/") ? "stripe" : "bepaid", e.id(), e.shop(), e.topic(), e.from()});
            if (REST_CASES.contains(e.id())) {
                out.add(new Object[] {"acme", e.id(), e.shop(), e.topic(), e.from()});
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void a_live_gateway_gives_the_same_json_as_the_sandbox(String gateway, String id, String shop, String topic,
            String from) throws Exception {
        CliRun.Result sandbox = new CliRun().run("check", id, "--topic", topic, "--from", from, "-o", "json");
        CliRun run = LiveConfig.run();
        Path config = LiveConfig.write(run, LiveConfig.yaml(stub.server.baseUrl(), shop, ""));

        CliRun.Result live = LiveConfig.checked(run.run("check", id, "--topic", topic, "--from", from, "-o", "json",
                "-g", gateway, "--config", config.toString()));

        assertThat(live.err()).isEmpty();
        assertThat(stub.server.findAll(getRequestedFor(urlPathMatching(".*/" + java.util.regex.Pattern.quote(id)))))
                .as("the live run asked WireMock").isNotEmpty();
        assertThat(live.exit()).isEqualTo(sandbox.exit()).isZero();
        JsonNode expected = withoutGateway(JSON.readTree(sandbox.out()));
        JsonNode actual = withoutGateway(JSON.readTree(live.out()));
        assertThat(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual))
                .isEqualTo(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected));
    }

    private static JsonNode withoutGateway(JsonNode result) {
        ((ObjectNode) result.get("query")).remove("gateway");
        ((ObjectNode) result.get("transaction")).remove(List.of("gateway", "gateway_type"));
        return result;
    }
}
