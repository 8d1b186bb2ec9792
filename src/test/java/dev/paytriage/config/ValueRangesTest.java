package dev.paytriage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers and times in the config are refused where they are read: one line with file, line and key, exit 5. */
class ValueRangesTest {
    @TempDir
    Path home;

    private PaytriageException refused(String gatewayLine) throws Exception {
        Path p = home.resolve("c.yaml");
        Files.writeString(p, "gateways:\n  bp:\n    type: begateway\n    base_url: https://gateway.example.com\n"
                + "    shop_id: \"361\"\n    secret_key: k\n    " + gatewayLine + "\n");
        try {
            new ConfigLoader(Map.<String, String>of()::get, home).load(p);
        } catch (PaytriageException e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
            assertThat(e.getMessage()).startsWith("config " + p + " line 7: gateways.bp.").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("accepted: " + gatewayLine);
    }

    @Test
    void durations_that_would_overflow_or_wait_for_ever_are_refused_with_their_key() throws Exception {
        for (String v : List.of("total_timeout: 2562047788015216h", "read_timeout: 99999999999999999999999999s",
                "connect_timeout: 11m", "total_timeout: 0s", "read_timeout: 9223372036854775807ms")) {
            assertThat(refused(v).getMessage()).contains(v.substring(0, v.indexOf(':')))
                    .contains("give a time from 1ms to 10m");
        }
        assertThat(refused("total_timeout: soon").getMessage()).contains("is not a duration like 500ms");
    }

    @Test
    void concurrency_rate_and_attempts_out_of_range_are_refused() throws Exception {
        assertThat(refused("concurrency: 0").getMessage()).contains("concurrency is 0: give").contains("1 to 64");
        assertThat(refused("concurrency: 99999999999").getMessage()).contains("concurrency is out of range");
        assertThat(refused("rate: -1").getMessage()).contains("rate is -1: give auto (the default) or requests per second");
        assertThat(refused("rate: 0.000001").getMessage()).contains("rate is 0.000001");
        assertThat(refused("rate: 0").getMessage()).contains("rate is 0:");
        assertThat(refused("max_attempts: 0").getMessage()).contains("max_attempts is 0");
    }

    @Test
    void a_rate_is_auto_or_a_number_in_range_and_anything_else_is_refused_at_its_key() throws Exception {
        assertThat(refused("rate: fast").getMessage())
                .endsWith("gateways.bp.rate is 'fast': give auto (the default: find the gateway's limit) or requests per "
                        + "second, from 0.1 to 1000");
        assertThat(refused("rate: [10]").getMessage()).contains("gateways.bp.rate is '[10]': give auto");
        assertThat(refused("rate: 1001").getMessage()).contains("gateways.bp.rate is 1001: give auto (the default) or");
        for (String[] ok : new String[][] {{"auto", "auto"}, {"AUTO", "auto"}, {"25", "25"}, {"\"12.5\"", "12.5"}}) {
            Path p = home.resolve("rate.yaml");
            Files.writeString(p, "gateways:\n  bp:\n    type: begateway\n    base_url: https://gateway.example.com\n"
                    + "    shop_id: \"361\"\n    secret_key: k\n    rate: " + ok[0] + "\n");
            Rate rate = new ConfigLoader(Map.<String, String>of()::get, home).load(p).gateways().get("bp").rateOrDefault();
            assertThat(rate).hasToString(ok[1]);
        }
    }

    @Test
    void the_rate_is_auto_unless_one_is_set() throws Exception {
        Path p = home.resolve("none.yaml");
        Files.writeString(p, "gateways:\n  bp:\n    type: begateway\n    base_url: https://gateway.example.com\n"
                + "    shop_id: \"361\"\n    secret_key: k\n");

        assertThat(new ConfigLoader(Map.<String, String>of()::get, home).load(p).gateways().get("bp").rateOrDefault()
                .isAuto()).isTrue();
    }

    @Test
    void values_in_range_load() throws Exception {
        Path p = home.resolve("ok.yaml");
        Files.writeString(p, "gateways:\n  bp:\n    type: begateway\n    base_url: https://gateway.example.com\n"
                + "    shop_id: \"361\"\n    secret_key: k\n    total_timeout: 10m\n    concurrency: 64\n    rate: 0.5\n"
                + "triage:\n  many_cards_window: 168h\n");

        Config c = new ConfigLoader(Map.<String, String>of()::get, home).load(p);

        assertThat(c.gateways().get("bp").totalTimeoutOrDefault()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_window_of_years_is_refused_at_its_key() throws Exception {
        Path p = home.resolve("w.yaml");
        Files.writeString(p, "triage:\n  many_cards_window: 99999999h\n");

        assertThatThrownBy(() -> new ConfigLoader(Map.<String, String>of()::get, home).load(p))
                .hasMessage("config " + p + " line 2: triage.many_cards_window is 99999999h: give a time from 1m to 168h");
    }

    @Test
    void a_config_with_a_pasted_megabyte_line_is_refused_before_parsing() throws Exception {
        Path p = home.resolve("long.yaml");
        Files.writeString(p, "gateways:\n  x:\n    type: sandbox\n    shop_name: " + "a".repeat(200_000) + "\n");
        Path huge = home.resolve("huge.yaml");
        Files.writeString(huge, "gateways:\n  x:\n    type: sandbox\n    shop_name: " + "a".repeat(3_000_000) + "\n");
        ConfigLoader loader = new ConfigLoader(Map.<String, String>of()::get, home);

        assertThatThrownBy(() -> loader.load(p)).hasMessageContaining("line 4: has a line of 200015 characters");
        assertThatThrownBy(() -> loader.load(huge)).hasMessageContaining("is 2 MB; a config is a few kilobytes");
        assertThatThrownBy(() -> loader.rawTree(huge)).hasMessageContaining("a config is a few kilobytes");
    }

    @Test
    void durations_parse_any_text_without_an_exception_other_than_the_one_line() {
        for (String text : List.of("9".repeat(40) + "h", "1".repeat(1000), "", "-5s", "5 s", "5d", "٥s", "5S")) {
            try {
                Duration d = Durations.parse(text, Limits.MIN_TIMEOUT, Limits.MAX_TIMEOUT);
                assertThat(d).isBetween(Limits.MIN_TIMEOUT, Limits.MAX_TIMEOUT);
            } catch (IllegalArgumentException e) {
                assertThat(e).isExactlyInstanceOf(IllegalArgumentException.class);
                assertThat(e.getMessage().length()).isLessThan(120);
            }
        }
    }
}
