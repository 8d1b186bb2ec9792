package dev.paytriage.gateway.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.config.Rate;
import dev.paytriage.gateway.http.DocumentedRates;
import dev.paytriage.gateway.http.Pacer;
import dev.paytriage.gateway.http.Pacing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where bulk starts with Stripe: its published limits, test mode told by the key. */
class StripeRatesTest {

    @Test
    void live_keys_start_at_100_a_second_and_test_keys_at_25() {
        assertThat(StripeRates.of("sk_live_51Invented").perSecond()).isEqualTo(100);
        assertThat(StripeRates.of("rk_live_51Invented").perSecond()).isEqualTo(100);
        assertThat(StripeRates.of("sk_test_51Invented").perSecond()).isEqualTo(25);
        assertThat(StripeRates.of("rk_test_51Invented").perSecond()).isEqualTo(25);
    }

    @Test
    void the_search_api_has_its_own_20_a_second() {
        DocumentedRates.Endpoint search = StripeRates.of("sk_live_x").endpoints().get(0);
        assertThat(search.perSecond()).isEqualTo(20);
        assertThat(search.matches().test("/v1/payment_intents/search")).isTrue();
        assertThat(search.matches().test("/v1/charges/search")).isTrue();
        assertThat(search.matches().test("/v1/charges/ch_3SQx")).isFalse();
        assertThat(search.matches().test("/v1/payment_intents/pi_search")).isFalse();
    }

    @Test
    void a_number_caps_both_and_auto_keeps_the_documented_ones() {
        Pacing auto = new Pacing(null);
        auto.register("stripe", Rate.AUTO, StripeRates.of("sk_live_x"), Duration.ofSeconds(30))
                .reserve("/v1/charges/search", System.nanoTime(), Long.MAX_VALUE);
        assertThat(auto.snapshots()).extracting(Pacer.Snapshot::name, Pacer.Snapshot::ceiling, Pacer.Snapshot::auto)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stripe", 100.0, true),
                        org.assertj.core.groups.Tuple.tuple("stripe search", 20.0, true));

        Pacing capped = new Pacing(10.0);
        capped.register("stripe", Rate.AUTO, StripeRates.of("sk_live_x"), Duration.ofSeconds(30))
                .reserve("/v1/charges/search", System.nanoTime(), Long.MAX_VALUE);
        assertThat(capped.snapshots()).extracting(Pacer.Snapshot::ceiling).isEqualTo(List.of(10.0, 10.0));
    }
}
