package dev.paytriage.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintTextTest {

    @Test
    void look_alike_letters_take_the_script_of_their_word() {
        ComplaintText t = ComplaintText.read("Oплатa по Visа не прошла");
        assertThat(t.fixed()).isEqualTo("Оплата по Visa не прошла");
        assertThat(t.lower()).isEqualTo("оплата по visa не прошла");
        assertThat(t.text()).as("what is shown stays as written").isEqualTo("Oплатa по Visа не прошла");
    }

    @Test
    void a_word_of_look_alikes_only_is_left_in_its_script() {
        assertThat(ComplaintText.read("OK, cop").fixed()).isEqualTo("OK, cop");
    }

    @Test
    void full_width_digits_and_odd_spaces_become_plain() {
        ComplaintText t = ComplaintText.read("１２３,４５\u00a0BYN\u2009и\u202f7731\u200b");
        assertThat(t.text()).isEqualTo("123,45 BYN и 7731");
    }

    @Test
    void yo_reads_as_ye_for_matching_and_numero_survives() {
        ComplaintText t = ComplaintText.read("Платёж №7731");
        assertThat(t.lower()).isEqualTo("платеж №7731");
        assertThat(t.text()).isEqualTo("Платёж №7731");
    }

    @Test
    void a_letter_O_in_a_number_is_a_zero() {
        assertThat(ComplaintText.read("45,9O BYN, заказ 77O1").fixed()).isEqualTo("45,90 BYN, заказ 7701");
    }

    @Test
    void card_numbers_are_masked_when_read_even_a_mistyped_one() {
        assertThat(ComplaintText.read("карта 4111 1111 1111 1111").text()).isEqualTo("карта 411111******1111");
        assertThat(ComplaintText.read("карта 4276 3800 1234 5678").text()).as("fails Luhn, still a card")
                .isEqualTo("карта 427638******5678");
        assertThat(ComplaintText.read("карта ４１１１ １１１１ １１１１ １１１１").text()).isEqualTo("карта 411111******1111");
        assertThat(ComplaintText.read("4111\u200b1111\u200b1111\u200b1111").text()).isEqualTo("411111******1111");
    }

    @Test
    void terminal_escapes_are_gone() {
        assertThat(ComplaintText.read("\u001b[2J\u001b]0;title\u0007оплата").text()).isEqualTo("оплата");
    }

    @Test
    void an_order_number_is_not_a_card() {
        assertThat(ComplaintText.read("заказ 2026112300001234").text()).isEqualTo("заказ 2026112300001234");
    }
}
