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
        int code = Cli.newCommandLine(Env.system(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
