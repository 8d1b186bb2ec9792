package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * templates list, show and lint. A lint renders every template in every case (seconds, not
 * milliseconds), so this class runs two: one over the bundled templates, and one over a folder of
 * overrides holding every kind of mistake at once, which the lint tests read.
 */
class TemplatesCommandTest {
    private static CliRun broken;
    private static Path dir;
    private static CliRun.Result brokenLint;

    /** One override folder with a mistake of each kind, each in its own template, and a small chat limit. */
    @BeforeAll
    static void lintAFolderOfBrokenOverrides() throws Exception {
        broken = new CliRun();
        dir = overrides(broken, "ru/body/payer_funds.payer.mustache",
                "Мы проверили {{> your_payment}}. Сумма: {{tx.amout}}.{{#tx.crad}} Карта.{{/tx.crad}}");
        Files.writeString(dir.resolve("uk/body/payer_funds.payer.mustache"), "{{> no_such_partial}} Ми перевірили платіж.");
        Files.writeString(dir.resolve("en/body/payer_3ds.merchant.mustache"), "{{#tx.order}}{{/tx.order}}\n");
        Files.writeString(dir.resolve("en/body/issuer_decline.payer.mustache"),
                "We have checked {{> your_payment}}. Your card was reported stolen.");
        Files.createDirectories(dir.resolve("en/partials"));
        Files.writeString(dir.resolve("en/partials/more.mustache"), "(this message is continued below, so please keep"
                + " reading the next message as well, it has the rest of the answer and what to do next)");
        Files.writeString(dir.resolve("ru/body/payer_fund.payer.mustache"), "Опечатка в имени файла.");
        brokenLint = broken.run("templates", "lint", "--config", config(broken, dir, "  chat_part_limit: 160\n").toString());
    }

    @Test
    void lint_passes_on_the_bundled_templates() {
        CliRun.Result r = new CliRun().run("templates", "lint");

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("templates lint: ok").contains("chat parts within 600 characters");
    }

    @Test
    void a_failing_lint_is_exit_5_with_one_line_on_stderr_naming_the_folder() {
        assertThat(brokenLint.exit()).isEqualTo(5);
        assertThat(brokenLint.err().lines()).hasSize(1);
        assertThat(brokenLint.err()).contains("templates lint found").contains(dir.toString())
                .contains("run 'paytriage templates lint' again");
    }

    @Test
    void lint_names_an_unknown_variable_with_its_file_and_the_fix() {
        assertThat(brokenLint.exit()).isEqualTo(5);
        assertThat(brokenLint.out()).contains("ru/body/payer_funds.payer.mustache (" + dir.resolve("ru/body/payer_funds.payer.mustache"))
                .contains("unknown variable 'tx.amout' (did you mean tx.amount?)")
                .contains("unknown variable 'tx.crad' (did you mean tx.card?)");
    }

    @Test
    void lint_names_a_missing_partial_an_empty_result_and_a_leak() {
        assertThat(brokenLint.exit()).isEqualTo(5);
        assertThat(brokenLint.out()).contains("uk/partials/no_such_partial.mustache").contains("is missing")
                .contains("en/body/payer_3ds.merchant.mustache").contains("renders empty")
                .contains("en/body/issuer_decline.payer.mustache").contains("tells a payer a confidential reason ('stolen')");
    }

    @Test
    void lint_names_a_chat_part_over_the_configured_limit() {
        assertThat(brokenLint.exit()).isEqualTo(5);
        assertThat(brokenLint.out()).contains("over replies.chat_part_limit 160");
        assertThat(brokenLint.out()).contains("en/partials/more.mustache").contains("keep it under a quarter");
    }

    @Test
    void lint_names_an_override_that_shadows_nothing() {
        assertThat(brokenLint.exit()).isEqualTo(5);
        assertThat(brokenLint.out()).contains("ru/body/payer_fund.payer.mustache").contains("shadows no template");
    }

    @Test
    void a_broken_override_stops_check_with_one_line_and_exit_5() throws Exception {
        CliRun run = new CliRun();
        Path dir = overrides(run, "en/body/payer_funds.payer.mustache", "Hello {{tx.amout}}");

        CliRun.Result r = run.run("check", "58213-4f9a1c2b7e", "--config", config(run, dir, "").toString());

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("en/body/payer_funds.payer.mustache").contains("unknown variable 'tx.amout'")
                .contains("templates lint");
    }

    @Test
    void an_override_shadows_the_bundled_template_by_name() throws Exception {
        CliRun run = new CliRun();
        Path dir = overrides(run, "ru/partials/greeting.mustache", "Добрый вечер!");
        String cfg = config(run, dir, "").toString();

        CliRun.Result check = run.run("check", "58213-4f9a1c2b7e", "--lang", "ru", "--config", cfg);
        CliRun.Result list = run.run("templates", "list", "--lang", "ru", "--config", cfg);
        CliRun.Result show = run.run("templates", "show", "ru/partials/greeting", "--config", cfg);
        CliRun.Result bundled = run.run("templates", "show", "ru/partials/greeting", "--bundled", "--config", cfg);

        assertThat(List.of(check.exit(), list.exit(), show.exit(), bundled.exit())).containsOnly(0);
        assertThat(check.out()).contains("Добрый вечер!").doesNotContain("Здравствуйте!");
        assertThat(list.out()).contains("ru/partials/greeting.mustache").contains(dir.resolve("ru/partials/greeting.mustache").toString())
                .contains("ru/body/payer_funds.payer.mustache").doesNotContain("en/body/");
        assertThat(show.out()).isEqualTo("Добрый вечер!\n");
        assertThat(show.err()).contains(dir.toString());
        assertThat(bundled.out()).isEqualTo("Здравствуйте!\n");
    }

    @Test
    void list_covers_every_language_and_show_names_a_close_match_for_a_typo() {
        CliRun.Result list = new CliRun().run("templates", "list");
        CliRun.Result show = new CliRun().run("templates", "show", "uk/body/payer_fund.payer");

        assertThat(list.exit()).isZero();
        for (String lang : new String[] {"en", "ru", "uk"}) {
            assertThat(list.out()).contains(lang + "/layout/email.mustache").contains(lang + "/subject/payer_funds.merchant.mustache")
                    .contains(lang + "/note/payer_funds.mustache");
        }
        assertThat(show.exit()).isEqualTo(2);
        assertThat(show.err().lines()).hasSize(1);
        assertThat(show.err()).contains("no template named uk/body/payer_fund.payer").contains("paytriage templates list");
    }

    private static Path overrides(CliRun run, String name, String text) throws Exception {
        Path dir = run.home().resolve("templates");
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        for (String lang : new String[] {"en", "ru", "uk"}) {
            Files.createDirectories(dir.resolve(lang).resolve("body"));
        }
        Files.writeString(file, text);
        return dir;
    }

    private static Path config(CliRun run, Path dir, String extra) throws Exception {
        Path cfg = run.home().resolve("config.yaml");
        Files.writeString(cfg, "replies:\n  templates_dir: " + dir + "\n" + extra);
        return cfg;
    }
}
