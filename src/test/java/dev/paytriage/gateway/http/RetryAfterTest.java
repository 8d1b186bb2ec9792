package dev.paytriage.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void seconds_and_http_dates_both_read_as_a_wait() {
        assertThat(RetryAfter.parse("1", NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryAfter.parse(" 120 ", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_date_in_the_past_means_now_and_nonsense_means_no_header() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 08:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse(null, NOW)).isNull();
    }
}
