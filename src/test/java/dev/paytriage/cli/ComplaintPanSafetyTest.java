package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.complaint.Corpus;
import dev.paytriage.model.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No card number from a complaint reaches any output: text, JSON or Markdown, chat or e-mail, stdout or
 * stderr. A complaint that carries something to leak (a long run of digits, a control character) goes
 * through every format and channel; every other complaint goes through one of them, in turn, so the
 * whole corpus still passes through the command.
 */
class ComplaintPanSafetyTest {
    static final List<String> FORMATS = List.of("text", "json", "markdown");
    static final List<String> CHANNELS = List.of("chat", "email");
    /** 13 or more digits in one run, spaced or dashed as people write card numbers. */
    static final Pattern LONG_DIGITS = Pattern.compile("\\d(?:[ \\-\\u00a0\\u202f]?\\d){12,}");
    /** C0 controls but newline and tab, DEL, C1 controls: what a terminal escape is made of. */
    static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]");

    static boolean carriesSomethingToLeak(String text) {
        String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        return LONG_DIGITS.matcher(nfkc).find() || CONTROLS.matcher(text).find();
    }

    @TestFactory
    Stream<DynamicTest> no_output_format_shows_a_card_number_from_the_corpus() {
        List<JsonNode> entries = Corpus.entries();
        List<DynamicTest> tests = new ArrayList<>();
        int turn = 0;
        for (JsonNode e : entries) {
            String text = e.path("text").asText();
            if (carriesSomethingToLeak(text)) {
                tests.add(DynamicTest.dynamicTest(e.path("id").asText() + " (every format and channel)", () -> {
                    for (String format : FORMATS) {
                        for (String channel : CHANNELS) {
                            check(text, format, channel);
                        }
                    }
                }));
            } else {
                int i = turn++;
                String format = FORMATS.get(i % FORMATS.size());
                String channel = CHANNELS.get(i / FORMATS.size() % CHANNELS.size());
                tests.add(DynamicTest.dynamicTest(e.path("id").asText() + " (" + format + ", " + channel + ")",
                        () -> check(text, format, channel)));
            }
        }
        return tests.stream();
    }

    @Test
    void the_corpus_carries_card_numbers_and_escapes_and_they_are_seen() {
        long withNumbers = Corpus.entries().stream().map(e -> e.path("text").asText())
                .filter(t -> !Corpus.cardNumbersIn(t).isEmpty()).count();
        long leakable = Corpus.entries().stream().map(e -> e.path("text").asText())
                .filter(ComplaintPanSafetyTest::carriesSomethingToLeak).count();

        assertThat(withNumbers).isGreaterThanOrEqualTo(10);
        assertThat(leakable).as("every complaint with a card number is run in every format").isGreaterThan(withNumbers);
        assertThat(carriesSomethingToLeak("card 4111 1111 1111 1111 declined")).isTrue();
        assertThat(carriesSomethingToLeak("paid \u001b[31m45,90\u001b[0m")).isTrue();
        assertThat(carriesSomethingToLeak("order 7731, 45.90 BYN, card *3816")).isFalse();
    }

    private static void check(String text, String format, String channel) {
        if (!Corpus.cardNumbersIn(text).isEmpty()) {
            assertThat(Corpus.leaked(text, text)).as("the check sees the card number in the raw text").isNotEmpty();
        }
        CliRun.Result r = new CliRun().stdin(text).run("complaint", "-", "--no-input", "--verbose", "-o", format,
                "--channel", channel);
        assertThat(r.exit()).as(format + " exit").isZero();
        String all = r.out() + r.err();
        assertThat(Corpus.leaked(text, all)).as(format + "/" + channel + ": card numbers shown").isEmpty();
        assertThat(Corpus.cardNumbersIn(all).stream().filter(SafeText::luhn).toList())
                .as(format + "/" + channel + ": Luhn-valid numbers shown").isEmpty();
        assertThat(all).as("no terminal escapes from the complaint").doesNotContain("\u001b[");
    }
}
