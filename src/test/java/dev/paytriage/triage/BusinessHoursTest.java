package dev.paytriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paytriage.PaytriageException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    @Test
    void a_friday_night_and_a_sunday_are_outside_a_weekday_desk() {
        BusinessHours h = BusinessHours.parse("Mon-Fri 09:00-18:00");
        assertThat(h.open(ZonedDateTime.of(2026, 11, 20, 22, 41, 0, 0, MINSK))).isFalse();
        assertThat(h.open(ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, MINSK))).isFalse();
        assertThat(h.open(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, MINSK))).isTrue();
        assertThat(h.open(ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, MINSK))).isFalse();
        assertThat(h).hasToString("Mon-Fri 09:00-18:00");
    }

    @Test
    void a_week_that_wraps_round_sunday_and_single_digit_hours_parse() {
        BusinessHours h = BusinessHours.parse("sat-tue 8:30-20:00");
        assertThat(h.open(ZonedDateTime.of(2026, 11, 22, 9, 0, 0, 0, MINSK))).isTrue();
        assertThat(h.open(ZonedDateTime.of(2026, 11, 25, 9, 0, 0, 0, MINSK))).isFalse();
    }

    @Test
    void a_bad_value_says_the_expected_form() {
        assertThatThrownBy(() -> BusinessHours.parse("weekdays 9-6")).isInstanceOf(PaytriageException.class)
                .hasMessageContaining("Mon-Fri 09:00-18:00");
    }
}
