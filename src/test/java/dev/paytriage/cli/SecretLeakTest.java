package dev.paytriage.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.LiveStub;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Secrets in URLs, in config values and in config errors never print. */
class SecretLeakTest {
    private static final String QUERY_KEY = "qk-Zr81mW";
    private static final String URL_PASSWORD = "Pw0rd-Hq5";

    private static String restConfig(String baseUrl) {
        return "default_gateway: acme\n"
                + "gateways:\n"
                + "  acme:\n"
                + "    type: rest\n"
                + "    base_url: " + baseUrl + "\n"
                + "    rest:\n"
                + "      by_id: /tx/{id}?api_key=" + QUERY_KEY + "&fmt=json\n"
                + "      fields: {id: /id, status: /status}\n";
    }

    @Test
    void a_key_in_a_by_id_query_string_is_redacted_by_config_show_and_every_verbose_line() throws Exception {
        try (LiveStub stub = new LiveStub()) {
            stub.server.stubFor(get(anyUrl()).willReturn(okJson("{\"id\":\"t-1\",\"status\":\"failed\",\"echo\":\""
                    + QUERY_KEY + "\"}")));
            CliRun run = new CliRun();
            Path config = run.home().resolve("c.yaml");
            Files.writeString(config, restConfig(stub.server.baseUrl()));

            CliRun.Result show = run.run("config", "show", "--config", config.toString()).ok();
            assertThat(show.out() + show.err()).doesNotContain(QUERY_KEY).contains("api_key=********");

            CliRun.Result check = run.run("check", "t-1", "--config", config.toString(), "--verbose").ok();
            assertThat(check.err()).contains("http acme: GET").contains("api_key=[redacted]");
            assertThat(check.out() + check.err()).doesNotContain(QUERY_KEY);
            assertThat(stub.server.getAllServeEvents()).isNotEmpty();
        }
    }

    @Test
    void a_password_in_base_url_user_info_is_redacted_by_config_show() throws Exception {
        CliRun run = new CliRun();
        Path config = run.home().resolve("c.yaml");
        Files.writeString(config, restConfig("https://acme:" + URL_PASSWORD + "@api.example.com"));
        CliRun.Result show = run.run("config", "show", "--config", config.toString()).ok();
        assertThat(show.out() + show.err()).doesNotContain(URL_PASSWORD).contains("https://acme:********@api.example.com");
    }

    @Test
    void a_type_error_on_a_value_from_a_secret_variable_never_echoes_it() throws Exception {
        CliRun run = new CliRun().env("ACME_MAX_KEY", "s3cr3t-V4lue");
        Path config = run.home().resolve("c.yaml");
        Files.writeString(config, restConfig("https://api.example.com").replace("    type: rest\n",
                "    type: rest\n    max_attempts: ${ACME_MAX_KEY}\n"));
        CliRun.Result r = run.run("config", "check", "--config", config.toString());
        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("max_attempts").contains("${ACME_MAX_KEY}").doesNotContain("s3cr3t-V4lue");
    }
}
