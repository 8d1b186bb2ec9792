package dev.paytriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.helpdesk.DeskTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** default_helpdesk and helpdesks: are typed and checked when the config loads, each problem at its line. */
class HelpdesksConfigTest {
    @TempDir
    Path home;

    private Config load(String yaml) throws Exception {
        Path p = home.resolve("config.yaml");
        Files.writeString(p, yaml);
        return new ConfigLoader(Map.of("ZENDESK_API_TOKEN", "zd-token-1234567", "USEDESK_API_TOKEN", "ud-token-1234567")::get,
                home).load(p);
    }

    private String problem(String yaml) {
        try {
            load(yaml);
        } catch (PaytriageException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem found in:\n" + yaml);
    }

    @Test
    void the_contracts_example_loads_typed() throws Exception {
        Config c = load("""
                default_helpdesk: zd
                helpdesks:
                  zd:
                    type: zendesk
                    base_url: https://yourcompany.zendesk.com
                    email: agent@example.com
                    api_token: ${ZENDESK_API_TOKEN}
                  ud:
                    type: usedesk
                    base_url: https://api.usedesk.ru
                    api_token: ${USEDESK_API_TOKEN}
                    user_id: "545"
                """);

        assertThat(c.helpdesks()).containsOnlyKeys("zd", "ud");
        assertThat(c.helpdesks().get("zd").apiToken()).isEqualTo("zd-token-1234567");
        assertThat(c.helpdesks().get("ud").userId()).isEqualTo("545");
        assertThat(c.effectiveDefaultHelpdesk()).isEqualTo("zd");
        assertThat(c.gateways()).isEmpty();
    }

    @Test
    void each_mistake_is_one_line_naming_the_line_and_the_key() {
        assertThat(problem("helpdesks:\n  zd:\n    type: freshdesk\n    base_url: https://x.example\n"))
                .contains("line 3").contains("helpdesks.zd.type is 'freshdesk': use one of usedesk, zendesk");
        assertThat(problem("helpdesks:\n  zd:\n    type: zendesk\n    base_url: https://x.zendesk.com\n"
                + "    api_token: ${ZENDESK_API_TOKEN}\n"))
                .contains("helpdesks.zd needs email");
        assertThat(problem("helpdesks:\n  ud:\n    type: usedesk\n    base_url: https://api.usedesk.ru\n"))
                .contains("helpdesks.ud needs api_token");
        assertThat(problem("helpdesks:\n  ud:\n    type: usedesk\n    base_url: api.usedesk.ru\n"
                + "    api_token: x\n")).contains("helpdesks.ud.base_url must be an http(s) URL such as https://api.usedesk.ru");
        assertThat(problem("helpdesks:\n  ud:\n    type: usedesk\n    base_url: https://api.usedesk.ru\n"
                + "    api_token: x\n    total_timeout: soon\n")).contains("helpdesks.ud.total_timeout");
        assertThat(problem("helpdesks:\n  ud:\n    type: usedesk\n    base_url: https://api.usedesk.ru\n"
                + "    api_token: x\n    tokn: y\n")).contains("helpdesks.ud.tokn is not a known key");
        assertThat(problem("default_helpdesk: zd\nhelpdesks:\n  ud:\n    type: usedesk\n    base_url: https://api.usedesk.ru\n"
                + "    api_token: x\n")).contains("line 1").contains("default_helpdesk names 'zd'");
    }

    @Test
    void every_type_the_config_takes_has_one_registered_adapter() {
        assertThat(DeskTypes.factories().keySet()).isEqualTo(HelpdesksCheck.TYPES);
    }

    @Test
    void config_show_redacts_the_api_token() {
        var raw = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        raw.putObject("helpdesks").putObject("ud").put("api_token", "literal-secret-token");
        assertThat(ConfigRedactor.redact(raw).toString()).doesNotContain("literal-secret-token");
    }
}
