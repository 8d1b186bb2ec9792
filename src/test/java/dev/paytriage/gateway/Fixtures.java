package dev.paytriage.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The verbatim gateway payloads shared by the team (shared/fixtures beside the repository; never
 * copied into it). {@code -Dpaytriage.fixtures=DIR} points elsewhere; otherwise ../shared/fixtures,
 * then the same name further up (a git worktree sits one level deeper than a clone). A clone without
 * them skips the tests that read them ({@link Present}); the project's own payloads
 * ({@link Payloads}) cover every shape the adapters read.
 */
public final class Fixtures {
    public static final String PROPERTY = "paytriage.fixtures";

    private Fixtures() {}

    /**
     * Put on a test class that reads the fixtures ({@code @ExtendWith(Fixtures.Present.class)}): without them
     * its tests are skipped with one line saying why, before the class is even set up.
     */
    public static final class Present implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return find() != null ? ConditionEvaluationResult.enabled("shared fixtures at " + find())
                    : ConditionEvaluationResult.disabled("shared fixtures not found above " + Path.of("").toAbsolutePath()
                    + " (../shared/fixtures, or -D" + PROPERTY + "=DIR): the team's verbatim payloads are not tested here");
        }
    }

    public static Path dir() {
        Path found = find();
        if (found == null) {
            throw new IllegalStateException("shared fixtures not found beside " + Path.of("").toAbsolutePath()
                    + ": check out the steering repository's shared/ next to this one, or pass -D" + PROPERTY + "=DIR");
        }
        return found;
    }

    /** The fixtures folder, or null when there is none; a -D that names no folder is a mistake, not an absence. */
    private static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!Files.isDirectory(p)) {
                throw new IllegalStateException("-D" + PROPERTY + "=" + configured + " is not a directory");
            }
            return p;
        }
        Path root = Path.of("").toAbsolutePath();
        for (Path up = root.getParent(); up != null; up = up.getParent()) {
            Path candidate = up.resolve("shared").resolve("fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static List<Path> of(String gateway) {
        try (Stream<Path> files = Files.list(dir().resolve(gateway))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(String gateway, String file) {
        try {
            return Files.readString(dir().resolve(gateway).resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
