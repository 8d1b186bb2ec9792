package dev.paytriage.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatSplitterTest {
    private static final String MORE = "(продолжение в следующем сообщении)";

    @Test
    void a_reply_that_fits_is_one_part_without_a_marker() {
        assertThat(ChatSplitter.split("Здравствуйте!\n\nДеньги не списаны.", 600, MORE))
                .containsExactly("Здравствуйте!\n\nДеньги не списаны.");
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {160, 200, 300, 450, 600})
    void every_part_fits_is_numbered_says_more_follows_and_nothing_is_lost(int limit) throws Exception {
        for (String name : List.of("acquirer.ru.email.txt", "acquirer.uk.email.txt", "issuer.en.email.txt",
                "limit_exceeded.uk.email.txt")) {
            String text = Files.readString(Path.of("src/test/resources/golden", name));
            List<String> parts = ChatSplitter.split(text, limit, MORE);

            assertThat(parts).as(name).hasSizeGreaterThan(limit < 600 ? 1 : 0);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                String p = parts.get(i);
                assertThat(p.length()).as(name + " part " + (i + 1)).isLessThanOrEqualTo(limit);
                if (parts.size() > 1) {
                    assertThat(p).startsWith("(" + (i + 1) + "/" + parts.size() + ") ");
                    p = p.substring(p.indexOf(' ') + 1);
                }
                if (i < parts.size() - 1) {
                    assertThat(p).endsWith(" " + MORE);
                    p = p.substring(0, p.length() - MORE.length() - 1);
                }
                joined.append(p).append(' ');
            }
            assertThat(joined.toString().replaceAll("\\s+", " ").strip()).isEqualTo(text.replaceAll("\\s+", " ").strip());
        }
    }

    @Test
    void a_long_sentence_is_cut_at_a_clause_break_not_before_its_last_word() {
        String sentence = "Пожалуйста, пополните карту или оплатите другой картой — повторить оплату можно сразу, "
                + "как только средства поступят.";
        List<String> parts = ChatSplitter.split(sentence, 110, MORE);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isEqualTo("(1/2) Пожалуйста, пополните карту или оплатите другой картой — " + MORE);
        assertThat(parts.get(1)).isEqualTo("(2/2) повторить оплату можно сразу, как только средства поступят.");
    }
}
