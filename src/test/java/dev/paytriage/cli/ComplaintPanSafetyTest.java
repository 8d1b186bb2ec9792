package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.complaint.Corpus;
import dev.paytriage.model.SafeText;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** No card number from a complaint reaches any output: text, JSON or Markdown, stdout or stderr. */
class ComplaintPanSafetyTest {

    @TestFactory
    Stream<DynamicTest> no_output_format_shows_a_card_number_from_the_corpus() {
        return Corpus.entries().stream().map(e -> DynamicTest.dynamicTest(e.path("id").asText(), () -> check(e)));
    }

    private static void check(JsonNode e) {
        String text = e.path("text").asText();
        if (!Corpus.cardNumbersIn(text).isEmpty()) {
            assertThat(Corpus.leaked(text, text)).as("the check sees the card number in the raw text").isNotEmpty();
        }
        for (String format : List.of("text", "json", "markdown")) {
            for (String channel : List.of("chat", "email")) {
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
    }
}
