package dev.paytriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void a_luhn_valid_card_number_is_masked_keeping_bin_and_last_four() {
        assertThat(SafeText.maskPans("card 4111 1111 1111 1111 please")).isEqualTo("card 411111******1111 please");
        assertThat(SafeText.maskPans("5469-1400-0000-2284")).isEqualTo("546914******2284");
    }

    @Test
    void a_number_that_fails_luhn_is_left_alone_unless_it_is_grouped_like_a_card() {
        assertThat(SafeText.maskPans("order 41111111111111112")).isEqualTo("order 41111111111111112");
        assertThat(SafeText.maskPans("order 4111 1111 1111 112")).isEqualTo("order 4111 1111 1111 112");
        // a customer's typo is still their card
        assertThat(SafeText.maskPans("card 4111 1111 1111 1112")).isEqualTo("card 411111******1112");
        assertThat(SafeText.maskPans("4736.5311.4465.6970")).isEqualTo("473653******6970");
    }

    @Test
    void a_card_number_glued_to_another_number_is_still_masked() {
        assertThat(SafeText.maskPans("4111 1111 1111 1111 2026")).isEqualTo("411111******1111 2026");
        assertThat(SafeText.maskPans("12 4111 1111 1111 1111")).isEqualTo("12 411111******1111");
        assertThat(SafeText.maskPans("41111111111111112026")).isEqualTo("411111******11112026");
        assertThat(SafeText.maskPans("20264111111111111111")).doesNotContain("4111111111111111").hasSize(20);
    }

    @Test
    void two_card_numbers_in_one_run_are_both_masked() {
        assertThat(SafeText.maskPans("4111 1111 1111 1111 5469 1400 0000 2284"))
                .isEqualTo("411111******1111 546914******2284");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4736.5311.4465.6979", "4736_5311_4465_6979", "4736/5311/4465/6979", "4736,5311,4465,6979",
        "4736 - 5311 - 4465 - 6979", "4736.5311 4465-6979", "4736 5311\n4465 6979", "4736 5311\r\n4465 6979",
        "4736&nbsp;5311&nbsp;4465&nbsp;6979", "4736&#160;5311&#x20;4465&#32;6979", "4736%205311%204465%206979",
        "4736%C2%A05311%C2%A04465%C2%A06979", "٤٧٣٦ ٥٣١١ ٤٤٦٥ ٦٩٧٩", "۴۷۳۶۵۳۱۱۴۴۶۵۶۹۷۹", "４７３６ ５３１１ ４４６５ ６９７９",
        "4736  5311  4465  6979", "4736\t5311\t4465\t6979", "4736\u20095311\u20074465\u30006979",
        "4736\u200b5311\u200b4465\u200b6979", "4736\u00ad5311\u00ad4465\u00ad6979", "4736\u202f5311\u00a04465\u20136979",
        "4736\u20145311\u22124465\uff0e6979", "4736 53114465\n6979", "&#52;&#55;36 5311 4465 6979"})
    void every_way_of_writing_a_card_number_is_masked(String written) {
        assertThat(SafeText.clean("карта " + written + " не прошла")).isEqualTo("карта 473653******6979 не прошла");
    }

    @Test
    void cyrillic_letters_standing_for_digits_are_read_as_digits_only_among_digits() {
        assertThat(SafeText.clean("4О47 4З4З З799 7199")).isEqualTo("404743******7199");
        assertThat(SafeText.clean("Зов о 4111 и З")).isEqualTo("Зов о 4111 и З");
    }

    @ParameterizedTest
    @ValueSource(strings = {"58213-4f9a1c2b7e", "550e8400-e29b-41d4-a716-446655440000", "pi_3SQx3FNfQ2vKr8aT4XGgLeKv",
        "ch_3MmlLrLkdIwHu7ix0snN0B15", "45.90 BYN", "1 250 000,00 руб.", "2026-11-20 21:14:03", "20.11.2026 142,50 BYN",
        "заказы 7731, 7732, 7733, 7734", "+375 29 123-45-67", "RRN 123456789012", "1234 5678 9012 3456",
        "2026-11-20 1234567", "473653******6979", "8a401dab-2421-4116-8365-2610dcbe5d68", "orders 1234567 2345678 3456789 4567890"})
    void ids_amounts_dates_and_order_numbers_are_not_card_numbers(String text) {
        assertThat(SafeText.clean(text)).isEqualTo(text);
    }

    @Test
    void thousands_of_digits_in_a_row_are_read_in_one_pass_without_overflowing_the_stack() {
        String digits = "7".repeat(5000);
        assertThat(SafeText.clean(digits)).isEqualTo(digits);
        String spaced = "1 ".repeat(3000) + "4111 1111 1111 1111";
        assertThat(SafeText.clean(spaced)).endsWith("411111******1111").doesNotContain("4111 1111");
        String orders = "12345678 ".repeat(450);
        assertThat(SafeText.clean(orders).equals(orders)).as("450 order numbers left alone").isTrue();
        String many = "card 4111 1111 1111 1111; ".repeat(100_000);
        String expected = many.replace("4111 1111 1111 1111", "411111******1111");
        assertThat(SafeText.clean(many).equals(expected)).as("100,000 card numbers masked").isTrue();
    }

    @Test
    void terminal_escapes_and_controls_are_stripped_keeping_newline_and_tab() {
        assertThat(SafeText.clean("45.90 \u001b]0;PWNED\u0007\u001b[2JBYN")).isEqualTo("45.90 BYN");
        assertThat(SafeText.clean("a\u0090q\u009cb\u009d0;t\u009cc\u009b2Jd\u009fx\u009c")).isEqualTo("abcd");
        assertThat(SafeText.clean("a\u0085b\u2028c\u2029d\re\r\nf")).isEqualTo("a\nb\nc\nd\ne\nf");
        assertThat(SafeText.clean("a\u007fb\u000bc\u000cd\u200fe\u061cf\u202eg\u2066h\tI\n")).isEqualTo("abcdefgh\tI\n");
        assertThat(SafeText.clean("unterminated \u001b]0;title\nnext line")).isEqualTo("unterminated \nnext line");
    }

    @Test
    void the_terminal_guard_keeps_only_colour_sequences() {
        assertThat(SafeText.forTerminal("\u001b[1;33mPAYER\u001b[0m \u001b[2J\u001b]52;c;eA==\u0007"))
                .isEqualTo("\u001b[1;33mPAYER\u001b[0m ");
    }

    @Test
    void a_reference_holding_a_card_number_is_recognised_masked_or_not() {
        assertThat(SafeText.holdsCard("４７３６.５３１１.４４６５.６９７９")).isTrue();
        assertThat(SafeText.holdsCard("473653******6979")).isTrue();
        assertThat(SafeText.holdsCard("58213-4f9a1c2b7e")).isFalse();
    }
}
