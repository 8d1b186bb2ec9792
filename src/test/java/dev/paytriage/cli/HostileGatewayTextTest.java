package dev.paytriage.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.LiveStub;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gateway's answer is outside text: terminal escapes (colour, screen clear, an OSC title or
 * clipboard write, bidi overrides) and a card number in its messages never reach the agent's
 * terminal, in any output format or channel.
 */
class HostileGatewayTextTest {
    private static final String ESC = "\u001b";
    private static final String UID = "5550-abcdef0123";
    private static final String ANSWER = ("{\"transaction\":{\"uid\":\"" + UID + "\",\"status\":\"failed\","
            + "\"amount\":4590,\"currency\":\"XQZ\",\"type\":\"payment\","
            + "\"tracking_id\":\"ORD-1\\u001b[2J\",\"description\":\"Order \\u001b]52;c;cm0gLXJmIH4=\\u0007\","
            + "\"message\":\"Declined \\u001b[31mred\\u001b[0m card 4111 1111 1111 1111 \\u202eevil\","
            + "\"test\":false,\"created_at\":\"2026-11-21T18:42:07Z\","
            + "\"credit_card\":{\"brand\":\"visa\",\"last_4\":\"1111\",\"bin\":\"411111\",\"issuer_country\":\"BY\","
            + "\"issuer_name\":\"BANK\\u001b]0;pwned\\u0007\"},"
            + "\"payment\":{\"bank_code\":\"51\",\"message\":\"Insufficient \\u001b[5mfunds\",\"rrn\":\"1\\u001b[1m2\"}}}");

    @ParameterizedTest(name = "-o {0} --channel {1} --from {2}")
    @CsvSource({"text,chat,payer", "text,note,merchant", "json,email,payer", "markdown,chat,merchant"})
    void no_escape_or_card_number_from_the_gateway_reaches_the_terminal(String output, String channel, String from) {
        try (LiveStub stub = new LiveStub()) {
            stub.server.stubFor(get(urlPathEqualTo("/transactions/" + UID)).willReturn(okJson(ANSWER)));
            CliRun run = LiveConfig.run();
            Path config = LiveConfig.write(run, LiveConfig.yaml(stub.server.baseUrl(), null, ""));

            CliRun.Result r = LiveConfig.checked(run.run("check", UID, "--config", config.toString(), "-o", output,
                    "--channel", channel, "--from", from, "--verbose"));

            assertThat(r.exit()).as(r.err()).isZero();
            String all = r.out() + r.err();
            assertThat(all).doesNotContain(ESC).doesNotContain("\u0007").doesNotContain("\u202e")
                    .doesNotContain("\\u001b").doesNotContain("\\u0007").doesNotContain("\\u202e");
            assertThat(all).doesNotContain("4111 1111 1111 1111").doesNotContain("4111111111111111");
            assertThat(r.out()).as("the answer was read, not refused").contains("45.90");
        }
    }

    @org.junit.jupiter.api.Test
    void currency_card_brand_and_last_four_cannot_clear_the_screen_or_show_a_card_number() {
        String answer = ANSWER.replace("\"currency\":\"XQZ\"", "\"currency\":\"\\u001b]0;PWNED\\u0007\\u001b[2JBYN\"")
                .replace("\"brand\":\"visa\"", "\"brand\":\"visa\\u0090x\\u009c\\u0085\\u200f\\u061c\\u2028\\u007f\"")
                .replace("\"last_4\":\"1111\"", "\"last_4\":\"4100743766986901\"");
        try (LiveStub stub = new LiveStub()) {
            stub.server.stubFor(get(urlPathEqualTo("/transactions/" + UID)).willReturn(okJson(answer)));
            CliRun run = LiveConfig.run();
            Path config = LiveConfig.write(run, LiveConfig.yaml(stub.server.baseUrl(), null, ""));
            for (String output : new String[] {"text", "json", "markdown"}) {
                CliRun.Result r = run.run("check", UID, "--config", config.toString(), "-o", output, "--verbose");
                assertThat(r.exit()).as(r.err()).isZero();
                String all = r.out() + r.err();
                assertThat(all).doesNotContain(ESC).doesNotContain("\\u001b").doesNotContain("\u0090")
                        .doesNotContain("\u0085").doesNotContain("\u200f").doesNotContain("\u061c")
                        .doesNotContain("\u2028").doesNotContain("\u007f").doesNotContain("PWNED")
                        .doesNotContain("4100743766986901");
                assertThat(r.out()).contains("45.90").contains("BYN").doesNotContain("visa\n");
            }
        }
    }
}
