package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values a hostile or careless config or command line brings, each refused with one line and its exit
 * code where it is read: no overflow, no stack trace, no wait of days, no credentials over plain http
 * to a look-alike name, no secret printed through a template link.
 */
class BadValuesTest {

    private static void oneLine(CliRun.Result r, int exit) {
        assertThat(r.exit()).as(r.err()).isEqualTo(exit);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_duration_that_overflows_is_a_config_error_even_for_a_sandbox_check() throws Exception {
        CliRun run = new CliRun();
        Path cfg = run.home().resolve("c.yaml");
        Files.writeString(cfg, "gateways:\n  bp:\n    type: begateway\n    base_url: https://gateway.example.com\n"
                + "    shop_id: \"361\"\n    secret_key: k\n    total_timeout: 2562047788015216h\n");

        CliRun.Result r = run.run("check", "58213-4f9a1c2b7e", "-g", "sandbox", "--config", cfg.toString());

        oneLine(r, 5);
        assertThat(r.err()).contains("line 7: gateways.bp.total_timeout is 2562047788015216h");
    }

    @Test
    void config_check_refuses_zero_workers_and_a_negative_rate() throws Exception {
        CliRun run = new CliRun();
        for (String bad : List.of("concurrency: 0", "rate: -1", "rate: fastest")) {
            Path cfg = run.home().resolve("c.yaml");
            Files.writeString(cfg, "gateways:\n  s:\n    type: sandbox\n    " + bad + "\n");

            CliRun.Result r = run.run("config", "check", "--config", cfg.toString());

            oneLine(r, 5);
            assertThat(r.err()).contains("line 4: gateways.s." + bad.substring(0, bad.indexOf(':')));
        }
    }

    @Test
    void a_report_window_of_years_is_a_usage_error() throws Exception {
        CliRun run = new CliRun();
        Path results = run.home().resolve("r.jsonl");
        Files.writeString(results, "");

        CliRun.Result r = run.run("report", results.toString(), "--window", "2562047788015216h");

        oneLine(r, 2);
        assertThat(r.err()).contains("--window is 2562047788015216h: give a time from 1m to 168h");
    }

    @Test
    void plain_http_is_refused_for_names_that_only_look_like_loopback() throws Exception {
        CliRun run = new CliRun();
        for (String url : List.of("http://127.evil.example", "http://127.0.0.1.nip.io", "http://localhost.evil.example",
                "http://127.1", "http://[::2]", "http://0x7f000001")) {
            Path cfg = run.home().resolve("c.yaml");
            Files.writeString(cfg, "gateways:\n  bp:\n    type: begateway\n    base_url: " + url + "\n"
                    + "    shop_id: \"361\"\n    secret_key: never-sent-in-clear\n");

            CliRun.Result r = run.run("config", "check", "--config", cfg.toString());

            oneLine(r, 5);
            assertThat(r.err()).as(url).contains("gateways.bp.base_url is plain http");
        }
    }

    @Test
    void a_template_override_linked_to_the_config_file_is_refused_and_its_secret_never_printed() throws Exception {
        CliRun run = new CliRun();
        Path dir = Files.createDirectories(run.home().resolve("templates/en/body"));
        Path cfg = run.home().resolve("config.yaml");
        Files.writeString(cfg, "replies:\n  templates_dir: " + run.home().resolve("templates") + "\n"
                + "gateways:\n  bp:\n    type: begateway\n    base_url: https://gateway.example.com\n"
                + "    shop_id: \"361\"\n    secret_key: sk-live-linked-secret\n"
                + "default_gateway: sandbox\n");
        Files.createSymbolicLink(dir.resolve("payer_funds.payer.mustache"), cfg);

        CliRun.Result r = run.run("check", "58213-4f9a1c2b7e", "--config", cfg.toString());

        oneLine(r, 5);
        assertThat(r.err()).contains("leads out of replies.templates_dir");
        assertThat(r.out() + r.err()).doesNotContain("sk-live-linked-secret");
    }

    @Test
    void a_template_linked_inside_templates_dir_is_still_used() throws Exception {
        CliRun run = new CliRun();
        Path root = run.home().resolve("templates");
        Path body = Files.createDirectories(root.resolve("en/body"));
        Path shared = root.resolve("shared.txt");
        Files.writeString(shared, "Linked text for {{tx.id}}.");
        Files.createSymbolicLink(body.resolve("payer_funds.payer.mustache"), shared);
        Path cfg = run.home().resolve("config.yaml");
        Files.writeString(cfg, "replies:\n  templates_dir: " + root + "\n");

        CliRun.Result r = run.run("check", "58213-4f9a1c2b7e", "--config", cfg.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Linked text for 58213-4f9a1c2b7e.");
    }
}
