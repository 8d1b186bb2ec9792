package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;

@Command(name = "shell", mixinStandardHelpOptions = true,
        description = {"Interactive shell over the same commands, with completion and history.",
            "A bare 'paytriage' on a terminal opens it too. History: $XDG_STATE_HOME/paytriage/history",
            "(default ~/.local/state/paytriage/history); card numbers are masked before they are stored."})
final class ShellCommand extends BaseCommand {

    @Override
    int run(Services s) throws IOException {
        return open(env);
    }

    static int open(Env env) throws IOException {
        if (!env.stdinTty()) {
            throw new PaytriageException(ExitCode.USAGE, "the shell needs a terminal: run commands directly "
                    + "(e.g. 'paytriage check REF') when input is piped");
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("paytriage").build()) {
            return new Shell(env, terminal, Shell.historyFile(env)).loop();
        }
    }
}
