package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard itself: a run whose exit code no one read fails the test, naming the command. */
class ExitCodeCheckedTest {

    @Test
    void a_run_whose_exit_code_was_never_read_fails_the_test_and_a_read_one_passes() {
        CliRun.Result r = new CliRun().run("report", "--min-cards", "5");

        assertThatThrownBy(() -> ExitCodeChecked.check(List.of(r))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("never looked at the exit code of [paytriage report --min-cards 5 (exit 2)]");
        assertThat(r.exit()).as("no results file: a usage error").isEqualTo(2);
        assertThatCode(() -> ExitCodeChecked.check(List.of(r))).doesNotThrowAnyException();
    }

    @Test
    void ok_fails_on_any_exit_but_0_with_stderr() {
        CliRun.Result r = new CliRun().run("check", "no-such-payment");

        assertThatThrownBy(r::ok).isInstanceOf(AssertionError.class)
                .hasMessageContaining("paytriage check no-such-payment (exit 3) was expected to end with exit 0");
    }
}
