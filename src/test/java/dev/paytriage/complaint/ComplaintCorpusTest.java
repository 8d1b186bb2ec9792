package dev.paytriage.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every corpus complaint is read as the corpus says: language, topic, author and every fact. */
class ComplaintCorpusTest {
    static final ComplaintReader READER = new ComplaintReader(new IdFormats(Set.of("begateway", "stripe")),
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Minsk"));

    @Test
    void the_corpus_has_at_least_60_complaints_in_each_language() {
        List<JsonNode> all = Corpus.entries();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        for (String lang : List.of("en", "ru", "uk")) {
            assertThat(all.stream().filter(e -> e.path("lang").asText().equals(lang)).count()).as(lang).isGreaterThanOrEqualTo(15);
        }
        assertThat(all.stream().filter(e -> !Corpus.cardNumbersIn(e.path("text").asText()).isEmpty()).count())
                .as("complaints with a card number").isGreaterThanOrEqualTo(10);
    }

    @TestFactory
    Stream<DynamicTest> each_complaint_is_read_as_expected() {
        return Corpus.entries().stream().map(e -> DynamicTest.dynamicTest(e.path("id").asText(), () -> check(e)));
    }

    private static void check(JsonNode e) {
        String text = e.path("text").asText();
        Complaint c = READER.read(text);
        ComplaintFacts f = c.facts();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(c.language() == null ? null : c.language().wire()).as("lang").isEqualTo(text(e, "lang"));
        soft.assertThat(c.topic().value() == null ? null : c.topic().value().wire()).as("topic").isEqualTo(text(e, "topic"));
        soft.assertThat(c.topic().triggers()).as("topic words").containsAll(list(e, "topic_words"));
        soft.assertThat(c.from().value() == null ? null : c.from().value().wire()).as("from").isEqualTo(text(e, "from"));
        soft.assertThat(f.refs().stream().map(ComplaintFacts.Ref::value).toList()).as("refs").isEqualTo(list(e, "refs"));
        soft.assertThat(f.orderIds()).as("order_ids").isEqualTo(list(e, "order_ids"));
        soft.assertThat(f.amounts().stream().map(ComplaintCorpusTest::amount).toList()).as("amounts").isEqualTo(list(e, "amounts"));
        soft.assertThat(f.when() == null || f.when().date() == null ? null : f.when().date().toString()).as("date").isEqualTo(text(e, "date"));
        soft.assertThat(f.when() == null || f.when().time() == null ? null : f.when().time().toString()).as("time").isEqualTo(text(e, "time"));
        soft.assertThat(f.when() == null ? null : f.when().dayPart()).as("day_part").isEqualTo(text(e, "day_part"));
        soft.assertThat(f.when() != null && f.when().to().equals(Instant.parse("2026-11-23T09:00:00Z"))).as("since")
                .isEqualTo(e.path("since").asBoolean(false));
        soft.assertThat(f.card() == null ? null : f.card().bin()).as("bin").isEqualTo(text(e, "bin"));
        soft.assertThat(f.card() == null ? null : f.card().last4()).as("last4").isEqualTo(text(e, "last4"));
        soft.assertThat(f.email()).as("email").isEqualTo(text(e, "email"));
        soft.assertThat(f.paymentSystems()).as("systems").isEqualTo(list(e, "systems"));
        soft.assertThat(f.type()).as("type").isEqualTo(text(e, "type"));
        soft.assertThat(f.shop()).as("shop").isEqualTo(text(e, "shop"));
        soft.assertThat(Corpus.leaked(text, c.text().text())).as("card numbers left in the text").isEmpty();
        soft.assertThat(Corpus.cardNumbersIn(c.text().text()).stream().filter(dev.paytriage.model.SafeText::luhn).toList())
                .as("Luhn-valid numbers in the text").isEmpty();
        soft.assertAll();
    }

    static String amount(ComplaintFacts.Amount a) {
        return a.value().toPlainString() + (a.currencies().isEmpty() ? "" : " " + String.join("|", a.currencies()));
    }

    static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> list(JsonNode e, String field) {
        List<String> out = new ArrayList<>();
        e.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }
}
