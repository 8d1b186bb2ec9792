package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Commands of the contract that have not landed yet: they say so and exit 2. */
final class NotYetCommands {
    private NotYetCommands() {}

    @Command
    abstract static class NotYet implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Unmatched
        List<String> ignored;

        @Override
        public Integer call() {
            spec.commandLine().getErr().println("paytriage: '" + spec.name()
                    + "' is not yet available in this version: use 'paytriage check REF' for now");
            return ExitCode.USAGE.code;
        }
    }


    @Command(name = "templates", description = "The reply templates in use: list, show, lint. (not yet available)")
    static final class Templates extends NotYet {}
}
