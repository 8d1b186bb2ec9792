package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Builds the command tree once for main, the tests and the shell: the same commands, the same
 * error handling, output through the given writers only.
 */
public final class Cli {
    private Cli() {}

    /** Everything the commands print passes {@link TerminalGuard}, the last guard before the terminal. */
    public static CommandLine newCommandLine(Env env, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand();
        root.env(env);
        CommandLine cmd = new CommandLine(root, new Factory(env));
        cmd.setOut(TerminalGuard.wrap(out));
        cmd.setErr(TerminalGuard.wrap(err));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        boolean helpColour = dev.paytriage.output.Style.decide(env.stdoutTty(), false, env.vars()).color();
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(helpColour ? Ansi.ON : Ansi.OFF));
        cmd.setExecutionExceptionHandler(Cli::onException);
        cmd.setParameterExceptionHandler(Cli::onBadParameters);
        return cmd;
    }

    /** One line on stderr: what went wrong and what to do; the stack trace only with --verbose. */
    private static int onException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed != null && parsed.expandedArgs().contains("--verbose");
        Throwable t = e;
        if (t instanceof PaytriageException p) {
            err.println("paytriage: " + p.getMessage());
            if (verbose && p.getCause() != null) {
                p.getCause().printStackTrace(err);
            }
            err.flush();
            return p.exitCode().code;
        }
        err.println("paytriage: unexpected error: " + e
                + (verbose ? "" : " (run again with --verbose for details, and report it)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code;
    }

    /** A usage error: the message, a suggestion for a typo, and where to read more (exit 2). */
    private static int onBadParameters(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("paytriage: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCode.USAGE.code;
    }

    /** Gives commands the environment they run in. */
    static final class Factory implements CommandLine.IFactory {
        private final Env env;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Env env) {
            this.env = env;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K k = fallback.create(cls);
            if (k instanceof EnvAware aware) {
                aware.env(env);
            }
            return k;
        }
    }

    /** A command that needs the environment (variables, stdin, terminals, clock). */
    interface EnvAware {
        void env(Env env);
    }
}
