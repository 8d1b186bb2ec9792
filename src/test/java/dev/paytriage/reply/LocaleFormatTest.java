package dev.paytriage.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import dev.paytriage.model.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocaleFormatTest {
    private static final String NBSP = "\u00a0";

    @ParameterizedTest(name = "{0} → ru {1}, uk {2}")
    @CsvSource({
        "1, платёж, платіж", "2, платежа, платежі", "4, платежа, платежі", "5, платежей, платежів",
        "11, платежей, платежів", "12, платежей, платежів", "14, платежей, платежів", "21, платёж, платіж",
        "22, платежа, платежі", "25, платежей, платежів", "101, платёж, платіж", "111, платежей, платежів",
        "112, платежей, платежів", "0, платежей, платежів"})
    void russian_and_ukrainian_plurals_follow_the_last_two_digits(long n, String ru, String uk) {
        assertThat(LocaleFormat.count(n, Lang.RU, "платёж", "платежа", "платежей")).isEqualTo(n + " " + ru);
        assertThat(LocaleFormat.count(n, Lang.UK, "платіж", "платежі", "платежів")).isEqualTo(n + " " + uk);
    }

    @Test
    void english_has_one_and_other() {
        assertThat(LocaleFormat.count(1, Lang.EN, "payment", "payments", "payments")).isEqualTo("1 payment");
        assertThat(LocaleFormat.count(0, Lang.EN, "payment", "payments", "payments")).isEqualTo("0 payments");
        assertThat(LocaleFormat.count(21, Lang.EN, "payment", "payments", "payments")).isEqualTo("21 payments");
    }

    @Test
    void the_plural_lambda_picks_the_form_inside_a_template() {
        Map<String, Object> ctx = Map.of("n", 3, "m", 5, "one", 1, "ru", new PluralLambda(Lang.RU),
                "uk", new PluralLambda(Lang.UK), "en", new PluralLambda(Lang.EN));
        String t = "{{#ru}}{{n}} платёж|платежа|платежей{{/ru}}; {{#ru}}{{m}} успешный платёж|успешных платежа|"
                + "успешных платежей{{/ru}}; {{#uk}}{{n}} спроба|спроби|спроб{{/uk}}; {{#en}}{{one}} attempt|attempts{{/en}}";
        assertThat(Mustache.compiler().compile(t).execute(ctx))
                .isEqualTo("3 платежа; 5 успешных платежей; 3 спроби; 1 attempt");
    }

    @Test
    void the_plural_lambda_refuses_the_wrong_number_of_forms() {
        var t = Mustache.compiler().compile("{{#ru}}2 платёж|платежа{{/ru}}");
        assertThatThrownBy(() -> t.execute(Map.of("ru", new PluralLambda(Lang.RU))))
                .isInstanceOf(MustacheException.class).hasMessageContaining("one|few|many");
    }

    @Test
    void amounts_use_the_reader_s_separators_and_the_currency_s_exponent() {
        assertThat(LocaleFormat.amount(new Money(1250, "BYN"), Lang.RU)).isEqualTo("12,50" + NBSP + "BYN");
        assertThat(LocaleFormat.amount(new Money(1250, "BYN"), Lang.UK)).isEqualTo("12,50" + NBSP + "BYN");
        assertThat(LocaleFormat.amount(new Money(1250, "BYN"), Lang.EN)).isEqualTo("12.50" + NBSP + "BYN");
        assertThat(LocaleFormat.amount(new Money(389000, "RUB"), Lang.RU)).isEqualTo("3" + NBSP + "890,00" + NBSP + "RUB");
        assertThat(LocaleFormat.amount(new Money(389000, "RUB"), Lang.EN)).isEqualTo("3,890.00" + NBSP + "RUB");
        assertThat(LocaleFormat.amount(new Money(1500, "JPY"), Lang.UK)).isEqualTo("1" + NBSP + "500" + NBSP + "JPY");
        assertThat(LocaleFormat.amount(new Money(1250, "KWD"), Lang.RU)).isEqualTo("1,250" + NBSP + "KWD");
    }

    @Test
    void dates_have_genitive_months_and_the_configured_time_zone() {
        Instant lateEvening = Instant.parse("2026-11-20T22:30:00Z");
        ZoneId minsk = ZoneId.of("Europe/Minsk");
        assertThat(LocaleFormat.day(lateEvening, Lang.RU, minsk)).isEqualTo("21 ноября 2026 г.".replace(" ", NBSP));
        assertThat(LocaleFormat.day(lateEvening, Lang.UK, minsk)).isEqualTo("21 листопада 2026 р.".replace(" ", NBSP));
        assertThat(LocaleFormat.day(lateEvening, Lang.EN, minsk)).isEqualTo("21 Nov 2026".replace(" ", NBSP));
        assertThat(LocaleFormat.time(lateEvening, minsk)).isEqualTo("01:30");
        assertThat(LocaleFormat.day(lateEvening, Lang.RU, ZoneId.of("UTC"))).startsWith("20" + NBSP + "ноября");
        assertThat(LocaleFormat.dateTime(Instant.parse("2026-05-03T09:05:00Z"), Lang.UK, ZoneId.of("Europe/Kyiv")))
                .isEqualTo("3 травня 2026, 12:05");
        assertThat(LocaleFormat.dateTime(Instant.parse("2026-05-03T09:05:00Z"), Lang.RU, ZoneId.of("UTC")))
                .isEqualTo("3 мая 2026, 09:05");
    }
}
