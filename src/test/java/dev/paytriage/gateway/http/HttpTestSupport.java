package dev.paytriage.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.config.Config;
import dev.paytriage.gateway.Gateways;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A gateway client for tests: recorded log lines, recorded (or real) waits, and a secret to look for. */
final class HttpTestSupport {
    static final String SECRET = "sk_test_5uperS3cretValue";

    final List<String> log = new CopyOnWriteArrayList<>();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Gateways.Context ctx = new Gateways.Context(Config.none(), log::add);

    GatewayHttp client(HttpSettings settings, boolean reallySleep) {
        RetryInterceptor.Sleeper sleeper = d -> {
            waits.add(d);
            if (reallySleep) {
                Thread.sleep(d.toMillis());
            }
        };
        return new GatewayHttp("acme", settings, new GatewayHttp.Credentials("Authorization", "Bearer " + SECRET, "api_key"),
                Map.of(), Secrets.of(SECRET), ctx, DocumentedRates.NONE, sleeper);
    }

    static HttpSettings settings(int attempts, Duration read, Duration total) {
        return new HttpSettings(Duration.ofSeconds(2), read, total, attempts, Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    void assertNoSecret(String... texts) {
        for (String t : texts) {
            assertThat(t).doesNotContain(SECRET);
        }
        log.forEach(l -> assertThat(l).doesNotContain(SECRET));
    }
}
