package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import java.io.InputStream;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "paytriage",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Finds a payment, decides who is responsible for what happened to it, and prints a reply ready to paste.",
            "",
            "Examples:",
            "  paytriage check 58213-4f9a1c2b7e          a declined payment (sandbox)",
            "  paytriage check 7731 --tracking-id        an order with two attempts",
            "  paytriage check 66419-0c7b3e9a52 --topic charged_not_confirmed",
            "  paytriage check pi_3SQx3FNfQ2vKr8aT4XGgLeKv -o json",
            "  paytriage sandbox list                    what each sample shows",
            ""
        },
        subcommands = {
            CheckCommand.class,
            ComplaintCommand.class,
            TicketCommand.class,
            BulkCommand.class,
            ExplainCommand.class,
            ReportCommand.class,
            ShellCommand.class,
            TemplatesCommand.class,
            ConfigCommand.class,
            SandboxCommand.class,
            CommandLine.HelpCommand.class,
            CompletionCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:a verdict was given (whatever the verdict)",
            "2:usage error",
            "3:transaction (or ticket) not found",
            "4:gateway or help desk unreachable, refused the credentials, or answered garbage",
            "5:configuration error",
            "6:bulk finished but some rows failed",
            "74:bulk could not read its input or write its results (disk full, read-only); --resume completes it",
            "130:bulk interrupted; --resume completes it"
        },
        footerHeading = "%n",
        footer = {"With no configuration the embedded sandbox gateway is used; 'paytriage config init' writes a starter config."})
public final class RootCommand implements Callable<Integer>, Cli.EnvAware {
    @Spec
    CommandSpec spec;

    private Env env;

    @Override
    public void env(Env env) {
        this.env = env;
    }

    /** Bare 'paytriage': the shell on a terminal, otherwise the usage (exit 2). */
    @Override
    public Integer call() throws Exception {
        if (env != null && env.stdinTty() && env.stdoutTty()) {
            return ShellCommand.open(env);
        }
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            Properties p = new Properties();
            try (InputStream in = RootCommand.class.getClassLoader().getResourceAsStream("paytriage-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"paytriage " + p.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
