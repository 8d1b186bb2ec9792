package dev.paytriage.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The verbatim gateway payloads shared by the team (shared/fixtures beside the repository; never
 * copied into it). {@code -Dpaytriage.fixtures=DIR} points elsewhere; otherwise ../shared/fixtures,
 * then the same name further up (a git worktree sits one level deeper than a clone).
 */
public final class Fixtures {
    public static final String PROPERTY = "paytriage.fixtures";

    private Fixtures() {}

    public static Path dir() {
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
        throw new IllegalStateException("shared fixtures not found beside " + root
                + ": check out the steering repository's shared/ next to this one, or pass -D" + PROPERTY + "=DIR");
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
