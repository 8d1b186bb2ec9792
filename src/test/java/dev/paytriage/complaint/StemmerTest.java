package dev.paytriage.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forms of one word share a stem in each language; different words do not. */
class StemmerTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        // Ukrainian, and Ukrainian typed with Russian letters
        "надійшла, надійшли", "надійшов, надійшло", "надийшли, надійшли", "виплата, виплату", "виплати, виплатою",
        "гроші, грошей", "гроши, гроші", "переказ, переказу", "затримується, затримуються", "повернули, поверніть",
        "замовлення, замовленням", "отримав, отримала", "чекати, чекаю",
        // Russian
        "списали, списала", "деньги, деньгами", "вернуть, верните", "заказ, заказа", "пришли, пришла",
        "выплата, выплату", "ожидании, ожидание", "оплатил, оплатила",
        // English
        "refund, refunded", "refunds, refunding", "charged, charge", "arrived, arrive", "withdrawal, withdrawals",
        "activated, activate", "upgraded, upgrade", "pending, pending",
    })
    void forms_of_a_word_share_a_stem(String a, String b) {
        assertThat(Stemmer.same(a, b)).as(a + " " + Stemmer.stems(a) + " / " + b + " " + Stemmer.stems(b)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource({"пришел, прошел", "списали, списки", "card, cart", "заказ, отказ", "виплата, оплата", "charged, changed"})
    void different_words_do_not(String a, String b) {
        assertThat(Stemmer.same(a, b)).as(a + " " + Stemmer.stems(a) + " / " + b + " " + Stemmer.stems(b)).isFalse();
    }
}
