package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigCommandTest {

    @Test
    void init_writes_the_starter_to_the_default_path_and_never_overwrites_without_force() throws Exception {
        CliRun run = new CliRun();
        Path target = run.home().resolve(".config/paytriage/config.yaml");

        CliRun.Result first = run.run("config", "init");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("wrote " + target);
        assertThat(Files.readString(target)).contains("secret_key: ${BEPAID_SECRET_KEY}");

        Files.writeString(target, "# mine\n");
        CliRun.Result second = run.run("config", "init");
        assertThat(second.exit()).isEqualTo(5);
        assertThat(second.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(target)).isEqualTo("# mine\n");

        assertThat(run.run("config", "init", "--force").exit()).isZero();
        assertThat(Files.readString(target)).contains("type: begateway");
    }

    @Test
    void check_reports_a_missing_variable_and_passes_a_valid_config() throws Exception {
        CliRun run = new CliRun();
        assertThat(run.run("config", "init").exit()).as("the starter config is written").isZero();

        CliRun.Result missing = run.run("config", "check");
        assertThat(missing.exit()).isEqualTo(5);
        assertThat(missing.err()).contains("line 10").contains("BEPAID_SHOP_ID is not set");

        Path cfg = run.home().resolve("ok.yaml");
        java.nio.file.Files.writeString(cfg, "default_gateway: demo\ngateways:\n  demo:\n    type: sandbox\n");
        CliRun.Result ok = run.run("config", "check", "--config", cfg.toString());
        assertThat(ok.err()).isEqualTo("");
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("config OK").contains("demo").contains("default: demo");
    }

    @Test
    void show_redacts_literal_secrets_and_keeps_env_references() throws Exception {
        CliRun run = new CliRun().env("K", "from-env-secret");
        Path cfg = run.home().resolve("c.yaml");
        Files.writeString(cfg, "gateways:\n  bp:\n    type: sandbox\n  st:\n    type: stripe\n"
                + "    base_url: https://api.stripe.com\n    api_key: sk_live_literal_in_file\n  b2:\n    type: stripe\n"
                + "    base_url: https://api.stripe.com\n    api_key: ${K}\n");

        CliRun.Result r = run.run("config", "show", "--config", cfg.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("sk_live_literal_in_file").doesNotContain("from-env-secret")
                .contains("********").contains("${K}");
    }

    @Test
    void show_without_a_config_says_so_on_stderr() {
        CliRun.Result r = new CliRun().run("config", "show");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no config file found").contains("sandbox");
    }

    @Test
    void version_names_the_tool() {
        CliRun.Result r = new CliRun().run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("paytriage 0.");
    }
}
