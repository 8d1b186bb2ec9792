package dev.paytriage.reply;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds reply templates by name ("en/body/payer_funds.payer.mustache"): first in the config's
 * replies.templates_dir, which shadows any bundled template of the same name, then in the jar.
 */
public final class TemplateStore {
    static final String ROOT = "replies/";

    private final Path overrideDir;

    public TemplateStore(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    public Optional<String> find(String name) {
        if (overrideDir != null) {
            Path p = overrideDir.resolve(name).normalize();
            if (p.startsWith(overrideDir.normalize()) && Files.isRegularFile(p)) {
                try {
                    return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new PaytriageException(ExitCode.CONFIG, "template " + p + " cannot be read: " + e.getMessage());
                }
            }
        }
        return bundled(name);
    }

    public static Optional<String> bundled(String name) {
        try (InputStream in = TemplateStore.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a template comes from, for templates list/show. */
    public String origin(String name) {
        if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
            return overrideDir.resolve(name).toString();
        }
        return bundled(name).isPresent() ? "bundled" : "missing";
    }

    public Path overrideDir() {
        return overrideDir;
    }
}
