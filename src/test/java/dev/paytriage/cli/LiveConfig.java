package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.LiveStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A config file naming WireMock-served gateways, with the credentials read from the environment
 * (as the README recommends), and a CliRun that has them; every run is checked for leaked secrets.
 */
final class LiveConfig {
    static final String REST_BEGATEWAY_V3 = """
                by_id: /transactions/{id}
                auth: {type: bearer, token: "${ACME_TOKEN}"}
                fields:
                  id: /uid
                  status: /status
                  type: /type
                  amount_minor: /amount
                  currency: /currency
                  created_at: /created_at
                  paid_at: /paid_at
                  order_id: /tracking_id
                  description: /description
                  decline_code: /code
                  bank_code: /transaction/bank_code
                  decline_message: /friendly_message
                  card_brand: /payment_method/brand
                  card_bin: /payment_method/bin
                  card_last4: /payment_method/last_4
                  card_issuer_country: /payment_method/issuer_country
                  card_issuer_name: /payment_method/issuer_name
                  three_ds_status: /three_d_secure_verification/status
                  three_ds_message: /three_d_secure_verification/message
                  three_ds_eci: /three_d_secure_verification/eci
                  three_ds_fail_reason: /three_d_secure_verification/fail_reason
                  rrn: /transaction/rrn
                  auth_code: /transaction/auth_code
                  route: /transaction/gateway_id
                  test: /test
                code_namespace: begateway
            """;

    private LiveConfig() {}

    static CliRun run() {
        return new CliRun()
                .env("BEPAID_SHOP_ID", LiveStub.SHOP_ID)
                .env("BEPAID_SECRET_KEY", LiveStub.SECRET_KEY)
                .env("STRIPE_API_KEY", LiveStub.STRIPE_KEY)
                .env("ACME_TOKEN", LiveStub.REST_TOKEN)
                .env("ZENDESK_API_TOKEN", dev.paytriage.helpdesk.DeskStub.ZENDESK_TOKEN)
                .env("USEDESK_API_TOKEN", dev.paytriage.helpdesk.DeskStub.USEDESK_TOKEN);
    }

    /** bepaid (begateway), stripe and acme (rest over beGateway v3 JSON), all at baseUrl. */
    static String yaml(String baseUrl, String shopName, String timeouts) {
        String shop = shopName == null ? "" : "    shop_name: \"" + shopName + "\"\n";
        return "default_gateway: bepaid\n"
                + "gateways:\n"
                + "  bepaid:\n"
                + "    type: begateway\n"
                + "    base_url: " + baseUrl + "\n"
                + "    shop_id: ${BEPAID_SHOP_ID}\n"
                + "    secret_key: ${BEPAID_SECRET_KEY}\n"
                + "    api_version: \"3\"\n" + shop + timeouts
                + "  stripe:\n"
                + "    type: stripe\n"
                + "    base_url: " + baseUrl + "\n"
                + "    api_key: ${STRIPE_API_KEY}\n" + shop + timeouts
                + "  acme:\n"
                + "    type: rest\n"
                + "    base_url: " + baseUrl + "\n" + shop + timeouts
                + "    rest:\n" + REST_BEGATEWAY_V3.indent(4);
    }

    static String timeouts(String connect, String read, String total, int attempts) {
        return "    connect_timeout: " + connect + "\n    read_timeout: " + read + "\n    total_timeout: " + total
                + "\n    max_attempts: " + attempts + "\n";
    }

    static Path write(CliRun run, String yaml) {
        try {
            Path p = run.home().resolve("live.yaml");
            Files.writeString(p, yaml);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CliRun.Result checked(CliRun.Result r) {
        for (String secret : LiveStub.SECRETS) {
            assertThat(r.out()).doesNotContain(secret);
            assertThat(r.err()).doesNotContain(secret);
        }
        return r;
    }
}
