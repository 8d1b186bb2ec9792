package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellTest {
    @TempDir
    Path home;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private Shell shell(String typed) throws Exception {
        // A DumbTerminal writes straight through; TerminalBuilder may put a pump thread in between.
        Terminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8);
        Env env = new Env(Map.of("NO_COLOR", "1")::get, home, System.in, true, true, true,
                Clock.fixed(CliRun.NOW, ZoneOffset.UTC));
        return new Shell(env, t, home.resolve("history"));
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_line_runs_the_same_command_as_a_one_shot_run() throws Exception {
        Shell s = shell("");
        int code = s.execute("check 58213-4f9a1c2b7e --lang en");

        assertThat(code).isZero();
        assertThat(screen()).contains("● PAYER  insufficient_funds").contains("not enough funds");
    }

    @Test
    void a_failing_command_shows_its_exit_code_and_the_shell_goes_on() throws Exception {
        Shell s = shell("");
        assertThat(s.execute("check nope")).isEqualTo(3);
        assertThat(s.execute("check 58213-4f9a1c2b7e")).isZero();
        assertThat(screen()).contains("no transaction nope").contains("(exit 3)");
    }

    @Test
    void tab_completion_knows_commands_options_and_values() throws Exception {
        Shell s = shell("");
        assertThat(complete(s, "che")).contains("check");
        assertThat(complete(s, "check 58213-4f9a1c2b7e --to")).contains("--topic");
        assertThat(complete(s, "check 58213-4f9a1c2b7e --topic char")).contains("charged_not_confirmed");
        assertThat(complete(s, "check 58213-4f9a1c2b7e --lang ")).contains("en", "ru", "uk");
    }

    @Test
    void ticket_then_post_and_completion_of_desks_and_recent_tickets() throws Exception {
        try (dev.paytriage.helpdesk.DeskStub desk = new dev.paytriage.helpdesk.DeskStub()) {
            desk.zendesk48211();
            Path config = home.resolve("config.yaml");
            Files.writeString(config, desk.yaml(null).replace("${ZENDESK_API_TOKEN}",
                    dev.paytriage.helpdesk.DeskStub.ZENDESK_TOKEN).replace("${USEDESK_API_TOKEN}", "ud-unused-token"));
            Shell s = shell("");

            assertThat(s.execute("ticket 48211 --config " + config)).isZero();
            s.reader().getHistory().add("ticket 48211 --config " + config);
            assertThat(s.execute("ticket 48211 --post --config " + config)).isZero();
            desk.reflectZendeskNotes();
            assertThat(s.execute("ticket zd:48211 --post --config " + config)).isZero();

            assertThat(screen()).contains("Ticket zd:48211").contains("added the draft to ticket zd:48211")
                    .contains("already has the draft for this transaction: nothing added");
            assertThat(desk.writes()).hasSize(1);
            assertThat(complete(s, "ticket --config " + config + " ")).contains("zd:", "ud:", "48211");
            assertThat(complete(s, "ticket --config " + config + " u")).containsExactly("ud:");
            assertThat(complete(s, "ticket 48211 --po")).contains("--post");
        }
    }

    private static List<String> complete(Shell s, String line) {
        List<Candidate> candidates = new ArrayList<>();
        var parsed = s.reader().getParser().parse(line, line.length());
        s.completer().complete(s.reader(), parsed, candidates);
        return candidates.stream().map(Candidate::value).map(String::strip).toList();
    }

    @Test
    void history_never_stores_a_card_number() throws Exception {
        // (readLine over a byte stream sees end-of-input at once, so the loop itself is tested in tmux.)
        Shell s = shell("");
        s.reader().getHistory().add("check 4111 1111 1111 1111 --topic double_charge");
        s.reader().getHistory().save();

        String history = Files.readString(home.resolve("history"));
        assertThat(history).contains("check 411111******1111 --topic double_charge")
                .doesNotContain("4111 1111 1111 1111");
    }

    @Test
    void the_shell_command_refuses_piped_input_with_one_line() {
        CliRun.Result r = new CliRun().run("shell");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the shell needs a terminal");
    }

    @Test
    void a_bare_invocation_without_a_terminal_prints_usage_and_exits_2() {
        CliRun.Result r = new CliRun().run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: paytriage");
    }
}
