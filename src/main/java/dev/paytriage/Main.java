package dev.paytriage;

import dev.paytriage.cli.Cli;
import dev.paytriage.cli.Env;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: builds the command tree for the real process and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = Cli.newCommandLine(Env.system(), out, err).execute(args);
        } catch (Throwable t) {
            // An Error (a stack or heap exhausted by some input) passes picocli's handlers, which see
            // Exceptions only: still one line, the trace only with --verbose.
            err.println("paytriage: unexpected error: " + t.getClass().getSimpleName()
                    + " (run again with --verbose for details, and report it)");
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                t.printStackTrace(err);
            }
            code = ExitCode.INTERNAL.code;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
