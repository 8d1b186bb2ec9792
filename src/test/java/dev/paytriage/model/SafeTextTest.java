package dev.paytriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void a_luhn_valid_card_number_is_masked_keeping_bin_and_last_four() {
        assertThat(SafeText.maskPans("card 4111 1111 1111 1111 please")).isEqualTo("card 411111******1111 please");
        assertThat(SafeText.maskPans("5469-1400-0000-2284")).isEqualTo("546914******2284");
    }

    @Test
    void a_number_that_fails_luhn_is_left_alone() {
        assertThat(SafeText.maskPans("order 4111 1111 1111 1112")).isEqualTo("order 4111 1111 1111 1112");
    }

    @Test
    void a_card_number_glued_to_another_number_is_still_masked() {
        assertThat(SafeText.maskPans("4111 1111 1111 1111 2026")).isEqualTo("411111******1111 2026");
        assertThat(SafeText.maskPans("12 4111 1111 1111 1111")).isEqualTo("12 411111******1111");
        assertThat(SafeText.maskPans("41111111111111112026")).isEqualTo("411111******11112026");
    }

    @Test
    void two_card_numbers_in_one_run_are_both_masked() {
        assertThat(SafeText.maskPans("4111 1111 1111 1111 5469 1400 0000 2284"))
                .isEqualTo("411111******1111 546914******2284");
    }
}
