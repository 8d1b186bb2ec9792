package dev.paytriage.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the process was started with: environment variables, home directory, standard input, which
 * streams are terminals, and the clock. Tests build one by hand; {@link #system()} reads the real ones.
 */
public record Env(
        UnaryOperator<String> vars,
        Path home,
        InputStream stdin,
        boolean stdinTty,
        boolean stdoutTty,
        boolean stderrTty,
        Clock clock) {

    public static Env system() {
        return new Env(System::getenv, Path.of(System.getProperty("user.home")), System.in,
                Terminals.isatty(0), Terminals.isatty(1), Terminals.isatty(2), Clock.systemUTC());
    }

    /** A non-interactive environment with the given variables; for tests and scripts. */
    public static Env of(Map<String, String> vars, Path home, InputStream stdin, Clock clock) {
        return new Env(vars::get, home, stdin, false, false, false, clock);
    }

    public String var(String name) {
        return vars.apply(name);
    }
}
