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

    @Command(name = "bulk", description = "Many lookups from CSV or JSONL, one result line per input row. (not yet available)")
    static final class Bulk extends NotYet {}

    @Command(name = "explain", description = "Offline: what a gateway/ISO 8583/Stripe code means and who is responsible. (not yet available)")
    static final class Explain extends NotYet {}

    @Command(name = "report", description = "Summary of a bulk run by party and reason. (not yet available)")
    static final class Report extends NotYet {}

    @Command(name = "shell", description = "Interactive shell over the same commands. (not yet available)")
    static final class Shell extends NotYet {}

    @Command(name = "templates", description = "The reply templates in use: list, show, lint. (not yet available)")
    static final class Templates extends NotYet {}
}
