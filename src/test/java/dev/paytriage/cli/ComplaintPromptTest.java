package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.MissingFacts;
import dev.paytriage.output.Style;
import dev.paytriage.pipeline.ComplaintRunner;
import dev.paytriage.pipeline.TransactionFinder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** What happens at a terminal: choosing among candidates, and being asked for missing facts. */
class ComplaintPromptTest {
    private static final ComplaintRunner.Request DEFAULTS = new ComplaintRunner.Request(null, null, null, null, null);

    /** Answers given in order; records what was asked. */
    static final class Scripted implements ComplaintRunner.Prompter {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int choice = -1;
        List<TransactionFinder.Candidate> offered;

        Scripted(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public int choose(List<TransactionFinder.Candidate> candidates) {
            offered = candidates;
            return choice;
        }

        @Override
        public String ask(MissingFacts.Fact fact, List<String> completions) {
            asked.add(fact.key());
            return answers.isEmpty() ? null : answers.poll();
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    }

    static ComplaintRunner.Result run(String text, ComplaintRunner.Prompter prompter) throws Exception {
        Env env = Env.of(Map.of(), Files.createTempDirectory("home"), new ByteArrayInputStream(new byte[0]),
                Clock.fixed(CliRun.NOW, ZoneOffset.UTC));
        try (Services s = new Services(env, null)) {
            ComplaintReader reader = s.complaintReader();
            return s.complaintRunner(reader).run(reader.read(text), DEFAULTS, prompter);
        }
    }

    @Test
    void missing_facts_are_asked_one_by_one_and_the_answers_find_the_payment() throws Exception {
        // reference skipped, shop, an unreadable amount then a good one, date, card ending; then no more answers
        Scripted agent = new Scripted("", "Cosmo Books", "a lot", "45,90 BYN", "2026-11-21", "3816");

        ComplaintRunner.Result r = run("оплата не прошла, помогите", agent);

        assertThat(agent.asked).containsExactly("reference", "shop", "amount", "amount", "date", "card_last4",
                "payment_system");
        assertThat(agent.warnings).singleElement().asString().contains("'a lot' is not an amount");
        assertThat(r.caseResult().transaction().id()).isEqualTo("58213-4f9a1c2b7e");
        assertThat(r.caseResult().verdict().reason()).isEqualTo("insufficient_funds");
    }

    @Test
    void the_agent_picks_one_of_several_candidates() throws Exception {
        Scripted agent = new Scripted();
        agent.choice = 1;

        ComplaintRunner.Result r = run("card ending 3321, payment declined at Lumen Prints", agent);

        assertThat(agent.offered).hasSize(2);
        assertThat(r.caseResult().transaction().id()).isEqualTo(agent.offered.get(1).transaction().id());
        assertThat(r.caseResult().verdict().party().wire()).isNotEqualTo("undetermined");
    }

    @Test
    void none_of_them_leaves_the_case_undetermined() throws Exception {
        ComplaintRunner.Result r = run("card ending 3321, payment declined at Lumen Prints", new Scripted());

        assertThat(r.caseResult().found()).isFalse();
        assertThat(r.caseResult().verdict().reason()).isEqualTo("several_matches");
    }

    @Test
    void the_jline_prompter_reads_a_choice_and_an_answer_from_the_terminal() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        byte[] typed = "7\n2\nCosmo Books\n".getBytes(StandardCharsets.UTF_8);
        try (Terminal t = new DumbTerminal(new ByteArrayInputStream(typed), screen);
                JLinePrompter p = new JLinePrompter(t, Style.decide(false, true, k -> null))) {
            ComplaintRunner.Result several = run("card ending 3321, payment declined at Lumen Prints", new Scripted());
            int chosen = p.choose(several.candidates());
            String shop = p.ask(new MissingFacts.Fact("shop", null), List.of());
            String after = p.ask(new MissingFacts.Fact("date", null), List.of("yesterday"));

            assertThat(chosen).isEqualTo(1);
            assertThat(shop).isEqualTo("Cosmo Books");
            assertThat(after).as("the end of input stops the questions").isNull();
        }
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("2 transactions match the complaint").contains("1. ch_3SR7gSHt4sZy9eQd4DG7Uw7R")
                .contains("type a number from 1 to 2").contains("Shop name (Enter: skip)");
    }
}
