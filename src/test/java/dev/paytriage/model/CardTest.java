package dev.paytriage.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardTest {

    @Test
    void a_whole_card_number_in_last_four_shows_only_its_last_four() {
        Card c = new Card("visa", null, "4100743766986901", "BY", null);
        assertThat(c.last4()).isEqualTo("6901");
        assertThat(c.shortLabel()).isEqualTo("Visa •••• 6901");
        assertThat(new Card("visa", null, "4100 7437 6698 6901", null, null).last4()).isEqualTo("6901");
        assertThat(new Card("visa", null, "************6901", null, null).last4()).isEqualTo("6901");
        assertThat(new Card("visa", null, "69", null, null).last4()).isNull();
    }

    @Test
    void a_bin_is_six_to_eight_digits_and_a_longer_number_is_cut_to_six() {
        assertThat(new Card("visa", "4100743766986901", "6901", null, null).masked()).isEqualTo("410074******6901");
        assertThat(new Card("visa", "41007437", "6901", null, null).bin()).isEqualTo("41007437");
        assertThat(new Card("visa", "410074******6901", "6901", null, null).bin()).isEqualTo("410074");
        assertThat(new Card("visa", "4100", "6901", null, null).bin()).isNull();
    }

    @Test
    void text_fields_pass_the_gate() {
        Card c = new Card("visa\u001b[2J\u009d0;x\u009c", null, "6901", "BY\u0085", "BANK \u001b]0;pwned\u0007");
        assertThat(c.brand()).isEqualTo("visa");
        assertThat(c.issuerCountry()).isEqualTo("BY");
        assertThat(c.issuerName()).isEqualTo("BANK");
    }
}
