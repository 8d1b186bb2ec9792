package dev.paytriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paytriage.PaytriageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path home;

    private ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(env::get, home);
    }

    private Path write(String name, String text) throws Exception {
        Path p = home.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void no_config_anywhere_means_sandbox_only() {
        Config c = loader(Map.of()).load(null);
        assertThat(c.source()).isNull();
        assertThat(c.effectiveDefaultGateway()).isEqualTo("sandbox");
    }

    @Test
    void discovery_order_is_flag_then_env_then_xdg_then_home() throws Exception {
        Path flag = write("flag.yaml", "default_gateway: sandbox\n");
        Path fromEnv = write("env.yaml", "default_gateway: sandbox\n");
        Path xdg = write("xdg/paytriage/config.yaml", "default_gateway: sandbox\n");
        Path dotConfig = write(".config/paytriage/config.yaml", "default_gateway: sandbox\n");

        assertThat(loader(Map.of("PAYTRIAGE_CONFIG", fromEnv.toString())).locate(flag)).isEqualTo(flag);
        assertThat(loader(Map.of("PAYTRIAGE_CONFIG", fromEnv.toString(), "XDG_CONFIG_HOME", home.resolve("xdg").toString()))
                .locate(null)).isEqualTo(fromEnv);
        assertThat(loader(Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString())).locate(null)).isEqualTo(xdg);
        assertThat(loader(Map.of()).locate(null)).isEqualTo(dotConfig);
    }

    @Test
    void env_references_are_resolved_in_values() throws Exception {
        Path p = write("c.yaml", """
                gateways:
                  bepaid:
                    type: begateway
                    base_url: https://gateway.example.com
                    shop_id: ${SHOP}
                    secret_key: ${KEY}
                """);
        Config c = loader(Map.of("SHOP", "361", "KEY", "s3cr3t")).load(p);
        assertThat(c.gateways().get("bepaid").shopId()).isEqualTo("361");
        assertThat(c.gateways().get("bepaid").secretKey()).isEqualTo("s3cr3t");
        assertThat(c.effectiveDefaultGateway()).isEqualTo("bepaid");
    }

    @Test
    void a_missing_env_variable_names_file_line_key_and_variable() throws Exception {
        Path p = write("c.yaml", "gateways:\n  bepaid:\n    type: begateway\n    base_url: https://x.example\n"
                + "    shop_id: 1\n    secret_key: ${BEPAID_SECRET_KEY}\n");
        assertThatThrownBy(() -> loader(Map.of()).load(p))
                .isInstanceOf(PaytriageException.class)
                .hasMessageContaining(p.toString())
                .hasMessageContaining("line 6")
                .hasMessageContaining("gateways.bepaid.secret_key")
                .hasMessageContaining("BEPAID_SECRET_KEY is not set");
    }

    @Test
    void malformed_yaml_names_the_line() throws Exception {
        Path p = write("c.yaml", "gateways:\n  bepaid:\n    type: [begateway\n");
        assertThatThrownBy(() -> loader(Map.of()).load(p))
                .hasMessageContaining(p.toString()).hasMessageContaining("not valid YAML").hasMessageContaining("line");
    }

    @Test
    void a_wrong_type_names_the_key_and_the_expected_type() throws Exception {
        Path p = write("c.yaml", "replies:\n  chat_part_limit: lots\n");
        assertThatThrownBy(() -> loader(Map.of()).load(p))
                .hasMessageContaining("line 2").hasMessageContaining("replies.chat_part_limit")
                .hasMessageContaining("wrong type");
    }

    @Test
    void an_unknown_type_or_default_gateway_is_refused() throws Exception {
        Path p = write("c.yaml", "gateways:\n  x:\n    type: paypal\n    base_url: https://x.example\n");
        assertThatThrownBy(() -> loader(Map.of()).load(p)).hasMessageContaining("line 3")
                .hasMessageContaining("gateways.x.type").hasMessageContaining("begateway, rest, sandbox, stripe");
        Path q = write("d.yaml", "default_gateway: nope\n");
        assertThatThrownBy(() -> loader(Map.of()).load(q)).hasMessageContaining("default_gateway names 'nope'");
    }

    @Test
    void an_explicit_file_that_does_not_exist_is_an_error_not_the_sandbox() {
        assertThatThrownBy(() -> loader(Map.of()).load(home.resolve("nope.yaml")))
                .isInstanceOf(PaytriageException.class).hasMessageContaining("does not exist");
    }

    @Test
    void the_example_config_in_the_repo_loads() throws Exception {
        Path example = Path.of("config.example.yaml");
        Map<String, String> env = Map.of("BEPAID_SHOP_ID", "361", "BEPAID_SECRET_KEY", "k", "STRIPE_API_KEY", "sk_test_x",
                "ACME_TOKEN", "t", "ZENDESK_API_TOKEN", "zd", "USEDESK_API_TOKEN", "ud");
        Config c = loader(env).load(example);
        assertThat(c.gateways()).containsKeys("bepaid", "stripe");
        assertThat(c.helpdesks()).containsKeys("zd", "ud");
    }

    @Test
    void redaction_hides_literal_secrets_but_keeps_env_references() throws Exception {
        var tree = ConfigLoader.YAML.readTree("gateways:\n  a:\n    secret_key: hunter2\n    api_key: ${K}\n"
                + "    rest:\n      auth:\n        token: abc\n        header_value: Bearer xyz\n");
        String shown = ConfigRedactor.redact(tree).toString();
        assertThat(shown).doesNotContain("hunter2").doesNotContain("abc").doesNotContain("xyz").contains("${K}");
    }
}
