package dev.paytriage.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.paytriage.config.Config;
import dev.paytriage.config.GatewayConfig;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock gateway and adapters pointed at it, with invented credentials that tests check never
 * appear in a message or a log line. Registered as an extension ({@code @RegisterExtension static final
 * LiveStub stub = new LiveStub();}) it forgets its stubs and log before each test and stops after the class.
 */
public final class LiveStub implements AutoCloseable, BeforeEachCallback, AfterAllCallback {
    public static final String SHOP_ID = "361";
    public static final String SECRET_KEY = "bg-secret-7Yq2ZkP9wLx4";
    public static final String STRIPE_KEY = "sk_test_51Invented0Key9Qz";
    public static final String REST_TOKEN = "rest-token-Vb81Kd03";
    public static final String REST_PASSWORD = "rest-pass-H7c2Jm";
    /** Every secret above, and the Basic credential they make. */
    public static final List<String> SECRETS = List.of(SECRET_KEY, STRIPE_KEY, REST_TOKEN, REST_PASSWORD,
            dev.paytriage.gateway.http.Secrets.basicToken(SHOP_ID, SECRET_KEY),
            dev.paytriage.gateway.http.Secrets.basicToken("acme-user", REST_PASSWORD));

    public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
    public final List<String> log = new CopyOnWriteArrayList<>();

    public LiveStub() {
        server.start();
    }

    public Gateways.Context context() {
        return new Gateways.Context(Config.none(), log::add);
    }

    public Gateway begateway(String apiVersion) {
        return build("bepaid", config("begateway", apiVersion, null, null));
    }

    public Gateway stripe(String orderKey) {
        return build("stripe", config("stripe", null, orderKey, null));
    }

    public Gateway rest(JsonNode rest) {
        return build("acme", config("rest", null, null, rest));
    }

    public Gateway build(String name, GatewayConfig c) {
        return Adapters.factories().get(c.type()).create(name, c, context());
    }

    public GatewayConfig config(String type, String apiVersion, String orderKey, JsonNode rest) {
        return new GatewayConfig(type, server.baseUrl(), SHOP_ID, SECRET_KEY, STRIPE_KEY, apiVersion, orderKey, null,
                "2s", "2s", "5s", 2, null, null, rest);
    }

    /** Fails if any secret is in the texts or in what the adapters logged. */
    public void assertNoSecrets(String... texts) {
        for (String secret : SECRETS) {
            for (String t : texts) {
                assertThat(t).doesNotContain(secret);
            }
            for (String l : log) {
                assertThat(l).doesNotContain(secret);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.resetAll();
        log.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            // a gateway stub too: nothing the suite sends anywhere may make a help-desk comment public
            assertThat(dev.paytriage.helpdesk.PublicWrites.in(server)).isEmpty();
        } finally {
            server.stop();
        }
    }
}
