package dev.paytriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;

/** The gate masks a card number in every generated form, and leaves ids, amounts and dates alone. */
class PanScannerProperties {

    private static long before;

    @net.jqwik.api.lifecycle.BeforeContainer
    static void count() {
        before = PanForms.PRODUCED.get();
    }

    @AfterContainer
    static void sayHowMany() {
        System.out.println("PanScannerProperties: " + (PanForms.PRODUCED.get() - before)
                + " written card-number forms tried");
    }

    @Property(tries = 4000)
    void no_card_number_survives_the_gate_in_any_form(@ForAll("inText") PanForms.Written w) {
        Statistics.label("form").collect(w.how().replaceAll(" script.*", ""));
        String out = SafeText.clean(w.text());
        assertThat(PanForms.leaks(out, w.digits())).as("%s -> %s", w, out).isFalse();
        assertThat(out).as("masked keeping BIN and last four").contains(w.digits().substring(0, 6))
                .contains(w.digits().substring(w.digits().length() - 4));
    }

    @Property(tries = 1000)
    void several_card_numbers_in_one_text_are_all_masked(@ForAll("mixture") List<PanForms.Written> ws) {
        StringBuilder text = new StringBuilder();
        for (PanForms.Written w : ws) {
            text.append("оплата ").append(w.text()).append(" не прошла; ");
        }
        String out = SafeText.clean(text.toString());
        for (PanForms.Written w : ws) {
            assertThat(PanForms.leaks(out, w.digits())).as("%s in %s", w, out).isFalse();
        }
    }

    @Property(tries = 1000)
    void the_gate_is_idempotent(@ForAll("inText") PanForms.Written w) {
        String once = SafeText.clean(w.text());
        assertThat(SafeText.clean(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void ids_amounts_dates_and_short_orders_are_left_alone(@ForAll("notCards") String text) {
        Statistics.label("shape").collect(text.replaceAll("[0-9]", "9").replaceAll("[a-f]", "x").length() > 12 ? "long" : "short");
        assertThat(SafeText.clean(text)).isEqualTo(text);
    }

    @Property(tries = 1000)
    void no_control_character_survives(@ForAll("hostile") String text) {
        String out = SafeText.clean(text);
        assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c == 0x200e || c == 0x200f || c == 0x061c || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029)).as(out).isEmpty();
    }

    @Provide
    Arbitrary<PanForms.Written> inText() {
        return PanForms.inText();
    }

    @Provide
    Arbitrary<List<PanForms.Written>> mixture() {
        return PanForms.any().list().ofMinSize(2).ofMaxSize(5);
    }

    /** Things a support text is full of that are not card numbers. */
    @Provide
    Arbitrary<String> notCards() {
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(10)
                .filter(s -> s.chars().anyMatch(Character::isLetter));
        Arbitrary<String> uid = Combinators.combine(Arbitraries.integers().between(10000, 99999), hex)
                .as((n, h) -> n + "-" + h);
        Arbitrary<String> uuid = Arbitraries.create(() -> java.util.UUID.randomUUID().toString())
                .filter(u -> !u.replace("-", "").matches(".*\\d{13,}.*"));
        Arbitrary<String> stripe = Combinators.combine(Arbitraries.of("pi_", "ch_", "py_", "re_", "cus_"),
                Arbitraries.strings().alpha().numeric().ofLength(24).filter(s -> !s.matches(".*\\d{13,}.*")))
                .as(String::concat);
        Arbitrary<String> amount = Combinators.combine(Arbitraries.integers().between(1, 999_999),
                Arbitraries.integers().between(0, 99), Arbitraries.of("BYN", "RUB", "руб.", "₴", "EUR"))
                .as((a, c, cur) -> String.format("%,d.%02d %s", a, c, cur));
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(2020, 2030),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
                .as((y, mo, d, h, mi) -> String.format("%04d-%02d-%02d %02d:%02d, %02d.%02d.%04d", y, mo, d, h, mi, d, mo, y));
        Arbitrary<String> orders = Arbitraries.integers().between(1000, 9_999_999).list().ofMinSize(1).ofMaxSize(40)
                .map(l -> String.join(", ", l.stream().map(String::valueOf).toList()));
        Arbitrary<String> phone = Arbitraries.strings().numeric().ofLength(9).map(n -> "+375 " + n.substring(0, 2) + " "
                + n.substring(2, 5) + "-" + n.substring(5, 7) + "-" + n.substring(7));
        Arbitrary<String> sentence = Combinators.combine(uid, amount, date, orders).as((u, a, d, o) ->
                "Заказ " + o + " на " + a + " от " + d + ", транзакция " + u);
        return Arbitraries.oneOf(uid, uuid, stripe, amount, date, orders, phone, sentence);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> controls = Arbitraries.of("\u001b[2J", "\u001b]0;PWNED\u0007", "\u001b]52;c;cm0=\u001b\\",
                "\u009b31m", "\u009d0;x\u009c", "\u0090q\u009c", "\u0085", "\u009f", "\u007f", "\u000b", "\u000c", "\r",
                "\u200e", "\u200f", "\u061c", "\u202e", "\u2066", "\u2028", "\u2029", "\u001bP1$r\u001b\\", "\u001b",
                "\u001b[", "\u0000", "\u0007");
        return Combinators.combine(controls.list().ofMaxSize(6), Arbitraries.strings().ofMaxLength(20).list().ofMaxSize(6))
                .as((cs, texts) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < Math.max(cs.size(), texts.size()); i++) {
                        sb.append(i < texts.size() ? texts.get(i) : "").append(i < cs.size() ? cs.get(i) : "");
                    }
                    return sb.toString();
                });
    }
}
