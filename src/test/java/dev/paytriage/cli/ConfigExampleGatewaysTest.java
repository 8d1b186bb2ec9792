package dev.paytriage.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.gateway.LiveStub;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** config.example.yaml documents the gateways truthfully: they all build, and its worked rest example reads as it says. */
class ConfigExampleGatewaysTest {
    static final Path EXAMPLE = Path.of("config.example.yaml");

    @Test
    void every_gateway_in_the_example_builds() {
        CliRun.Result r = LiveConfig.checked(LiveConfig.run().run("config", "check", "--config", EXAMPLE.toString()));

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("gateways: bepaid, stripe, acme");
    }

    @Test
    void the_worked_rest_example_gives_the_verdict_it_promises() throws Exception {
        try (LiveStub stub = new LiveStub()) {
            stub.server.stubFor(get("/v1/payments/pay_81c2").withHeader("Authorization", equalTo("Bearer " + LiveStub.REST_TOKEN))
                    .willReturn(okJson("""
                            {"payment": {"id": "pay_81c2", "state": "declined", "kind": "sale", "created": "2026-11-20T21:14:03Z",
                                         "amount": {"value": 1250, "currency": "BYN"}, "merchant_reference": "A-1042",
                                         "result": {"code": "51", "message": "Insufficient funds"},
                                         "card": {"scheme": "visa", "bin": "425793", "last4": "3816"}, "sandbox": false}}
                            """)));
            CliRun run = LiveConfig.run();
            Path config = run.home().resolve("example.yaml");
            Files.writeString(config, Files.readString(EXAMPLE)
                    .replace("https://api.acme-payments.example", stub.server.baseUrl()));

            CliRun.Result r = LiveConfig.checked(run.run("check", "pay_81c2", "-g", "acme", "-o", "json", "--config",
                    config.toString()));

            assertThat(r.exit()).isZero();
            JsonNode j = new ObjectMapper().readTree(r.out());
            assertThat(j.at("/transaction/status").asText()).isEqualTo("failed");
            assertThat(j.at("/transaction/type").asText()).isEqualTo("payment");
            assertThat(j.at("/transaction/amount/display").asText()).isEqualTo("12.50 BYN");
            assertThat(j.at("/transaction/order_id").asText()).isEqualTo("A-1042");
            assertThat(j.at("/transaction/card/masked").asText()).isEqualTo("425793******3816");
            assertThat(j.at("/transaction/decline/codes/0").asText()).isEqualTo("iso8583:51");
            assertThat(j.at("/verdict/party").asText()).isEqualTo("payer");
            assertThat(j.at("/verdict/reason").asText()).isEqualTo("insufficient_funds");
        }
    }
}
