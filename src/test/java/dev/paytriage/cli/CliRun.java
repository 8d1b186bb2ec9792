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
import java.util.Map;

/**
 * Runs the real command tree in-process, as main would, with captured stdout/stderr, an isolated
 * home directory, chosen environment variables and a fixed clock (2026-11-23, the sandbox's "now").
 */
public final class CliRun {
    public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    public record Result(int exit, String out, String err) {}

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    private final Map<String, String> env = new HashMap<>();
    private final Path home;
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);

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

    public Path home() {
        return home;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env e = Env.of(Map.copyOf(env), home, stdin, Clock.fixed(NOW, ZoneOffset.UTC));
        int code = Cli.newCommandLine(e, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
