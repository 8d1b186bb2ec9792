package dev.paytriage.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The AIMD pacer on a hand-moved clock: what it holds back, when it cuts, how it climbs back. */
class PacerTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long SECOND = 1000 * MS;
    private long now = 1_000 * SECOND;

    private Pacer pacer(double ceiling) {
        return new Pacer("acme", true, ceiling, Duration.ofSeconds(30), () -> now);
    }

    /** Sends {@code n} requests as fast as the pacer lets them go (waiting out each slot), all answered 200. */
    private void send(Pacer p, int n) {
        for (int i = 0; i < n; i++) {
            long reserved = now;
            long wait = p.reserve(now, Long.MAX_VALUE);
            now += Math.max(wait, MS);
            p.answered(reserved, 200, null);
        }
    }

    @Test
    void with_no_known_limit_nothing_is_held_back_until_the_gateway_throttles() {
        Pacer p = pacer(Double.POSITIVE_INFINITY);
        for (int i = 0; i < 500; i++) {
            assertThat(p.reserve(now, Long.MAX_VALUE)).isZero();
        }
        assertThat(p.snapshot().allowed()).isInfinite();
        assertThat(p.snapshot().throttled()).isZero();
    }

    @Test
    void a_documented_limit_spaces_requests_from_the_first() {
        Pacer p = pacer(25);
        assertThat(p.reserve(now, Long.MAX_VALUE)).isZero();
        assertThat(p.reserve(now, Long.MAX_VALUE)).isEqualTo(40 * MS);
        assertThat(p.reserve(now, Long.MAX_VALUE)).isEqualTo(80 * MS);
    }

    @Test
    void a_429_cuts_the_rate_below_what_was_sent_and_its_retry_after_holds_every_request() {
        Pacer p = pacer(Double.POSITIVE_INFINITY);
        send(p, 200); // 200 requests in 200 ms: 1000 per second
        long reserved = now;
        p.reserve(now, Long.MAX_VALUE);
        p.answered(reserved, 429, Duration.ofSeconds(2));
        Pacer.Snapshot s = p.snapshot();
        assertThat(s.allowed()).isLessThan(1000 * Pacer.DECREASE + 1).isGreaterThan(0);
        assertThat(s.throttling()).isTrue();
        assertThat(s.throttled()).isEqualTo(1);
        // Another row's next request waits for the Retry-After, not only the row that was refused.
        assertThat(p.reserve(now, Long.MAX_VALUE)).isGreaterThanOrEqualTo(2 * SECOND);
    }

    @Test
    void answers_to_requests_paced_before_the_cut_do_not_cut_again() {
        Pacer p = pacer(100);
        long before = now;
        send(p, 50);
        p.answered(before, 429, null);
        double afterOne = p.snapshot().allowed();
        p.answered(before, 429, null);
        p.answered(before + MS, 503, null);
        assertThat(p.snapshot().allowed()).isEqualTo(afterOne);
        assertThat(p.snapshot().throttled()).isEqualTo(3);
        // A request given its slot after the cut, refused too, cuts again.
        now += SECOND;
        long after = now;
        p.reserve(now, Long.MAX_VALUE);
        p.answered(after, 429, null);
        assertThat(p.snapshot().allowed()).isLessThan(afterOne);
    }

    @Test
    void the_rate_climbs_back_by_steps_when_throttling_stops_and_never_past_the_ceiling() {
        Pacer p = pacer(100);
        send(p, 100);
        long reserved = now;
        p.reserve(now, Long.MAX_VALUE);
        p.answered(reserved, 429, null);
        double cut = p.snapshot().allowed();
        assertThat(cut).isCloseTo(100 * Pacer.DECREASE, within(5.0));
        send(p, 300); // about 4 s at the cut rate, then faster
        double climbed = p.snapshot().allowed();
        assertThat(climbed).isGreaterThan(cut);
        send(p, 3000);
        assertThat(p.snapshot().allowed()).isEqualTo(100);
        assertThat(p.snapshot().throttling()).isFalse();
    }

    @Test
    void a_slot_past_the_deadline_is_refused_and_not_taken() {
        Pacer p = pacer(1);
        assertThat(p.reserve(now, Long.MAX_VALUE)).isZero();
        assertThat(p.reserve(now, now + 500 * MS)).isEqualTo(-1);
        assertThat(p.reserve(now, now + 2 * SECOND)).isEqualTo(SECOND);
        assertThat(p.snapshot().requests()).isEqualTo(2);
    }

    @Test
    void a_retry_after_longer_than_the_pause_limit_holds_requests_only_that_long() {
        Pacer p = new Pacer("acme", true, Double.POSITIVE_INFINITY, Duration.ofSeconds(30), () -> now);
        long reserved = now;
        p.reserve(now, Long.MAX_VALUE);
        p.answered(reserved, 429, Duration.ofDays(365));
        assertThat(p.reserve(now, Long.MAX_VALUE)).isEqualTo(30 * SECOND);
    }

    @Test
    void the_settled_rate_is_what_was_sent_after_the_first_throttle() {
        Pacer p = pacer(Double.POSITIVE_INFINITY);
        send(p, 100);
        long reserved = now;
        p.reserve(now, Long.MAX_VALUE);
        p.answered(reserved, 429, null);
        send(p, 200);
        Pacer.Snapshot s = p.snapshot();
        assertThat(s.settled()).isCloseTo(s.allowed(), within(s.allowed() * 0.2));
        assertThat(s.requests()).isEqualTo(301);
    }
}
