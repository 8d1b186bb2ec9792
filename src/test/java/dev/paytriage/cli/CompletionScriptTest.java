package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompletionScriptTest {
    @Test
    void the_committed_completion_script_matches_the_commands() throws Exception {
        CliRun.Result completion = new CliRun().run("completion");
        String generated = completion.out();
        Path committed = Path.of("completions", "paytriage.bash");

        assertThat(completion.exit()).isZero();
        assertThat(generated).contains("complete -F _complete_paytriage").contains("check").contains("--tracking-id");
        assertThat(Files.readString(committed))
                .as("completions/paytriage.bash is stale: regenerate it with "
                        + "'java -jar target/paytriage.jar completion > completions/paytriage.bash'")
                .isEqualTo(generated);
    }
}
