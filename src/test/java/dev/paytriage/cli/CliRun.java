package dev.paytriage.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the real command tree in-process, as main would, with captured stdout/stderr, an isolated
 * home directory, chosen environment variables and a fixed clock (2026-11-23, the sandbox's "now").
 * A test that runs a command must look at its exit code: {@link ExitCodeChecked} fails it otherwise.
 */
public final class CliRun {
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    /** How one run ended and what it printed. */
    public static final class Result {
        private final String command;
        private final int exit;
        private final String out;
        private final String err;
        private volatile boolean exitRead;

        Result(String command, int exit, String out, String err) {
            this.command = command;
            this.exit = exit;
            this.out = out;
            this.err = err;
        }

        /** The exit code; reading it is what {@link ExitCodeChecked} asks of every test. */
        public int exit() {
            exitRead = true;
            return exit;
        }

        /** This run, after checking it ended with exit 0 (a verdict given); for runs a test reads the output of. */
        public Result ok() {
            if (exit() != 0) {
                throw new AssertionError(this + " was expected to end with exit 0; stderr: " + err);
            }
            return this;
        }

        public String out() {
            return out;
        }

        public String err() {
            return err;
        }

        boolean exitRead() {
            return exitRead;
        }

        @Override
        public String toString() {
            return "paytriage " + command + " (exit " + exit + ")";
        }
    }

    /** Every run since {@link ExitCodeChecked} last looked, in order. */
    static final List<Result> RUNS = new CopyOnWriteArrayList<>();

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private boolean stderrTty;

    public CliRun() {
        try {
            // Not createTempDirectory: its random 19-digit names can be Luhn-valid, and the tool rightly
            // masks anything that looks like a card number in what it prints.
            home = Files.createDirectories(Path.of("target", "test-homes",
                    "home-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet()).toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        env.put("NO_COLOR", "1");
    }

    public CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public CliRun stdin(String text) {
        stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Pretends stderr is a terminal (as for --copy at a real prompt). */
    public CliRun stderrTerminal() {
        stderrTty = true;
        return this;
    }

    public Path home() {
        return home;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> vars = Map.copyOf(env);
        Env e = new Env(vars::get, home, stdin, false, false, stderrTty, Clock.fixed(NOW, ZoneOffset.UTC));
        int code = Cli.newCommandLine(e, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        Result r = new Result(String.join(" ", args), code, out.toString(), err.toString());
        RUNS.add(r);
        return r;
    }
}
