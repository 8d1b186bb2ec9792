package dev.paytriage.reply;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds reply templates by name ("en/body/payer_funds.payer.mustache"): first in the config's
 * replies.templates_dir, which shadows any bundled template of the same name, then in the jar.
 */
public final class TemplateStore {
    static final String ROOT = "replies/";
    static final String SUFFIX = ".mustache";
    /** A file every bundled set has; finds the root of the bundled templates on the class path. */
    private static final String ANCHOR = ROOT + "en/layout/chat.mustache";

    /** Far above any reply; stops a link to a log or a dump from being rendered. */
    static final long MAX_TEMPLATE_BYTES = 256 * 1024;

    private final Path overrideDir;

    public TemplateStore(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    public Optional<String> find(String name) {
        Path p = overridePath(name);
        if (p != null) {
            try {
                return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new PaytriageException(ExitCode.CONFIG, "template " + p + " cannot be read: " + e.getMessage());
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

    /** Where a template comes from, for templates list/show: the override's path, "bundled" or "missing". */
    public String origin(String name) {
        Path p = overridePath(name);
        if (p != null) {
            return p.toString();
        }
        return bundled(name).isPresent() ? "bundled" : "missing";
    }

    public boolean isOverridden(String name) {
        return overridePath(name) != null;
    }

    /**
     * The override for {@code name}, or null. Resolved through links with {@code toRealPath}: a file,
     * or a link, that ends up outside templates_dir (a link to the config file would print its
     * secret_key in a reply) is refused with one line (exit 5), never read.
     */
    private Path overridePath(String name) {
        if (overrideDir == null) {
            return null;
        }
        Path p = overrideDir.resolve(name).normalize();
        if (!p.startsWith(overrideDir.normalize()) || !Files.exists(p)) {
            return null;
        }
        Path real;
        Path realDir;
        try {
            realDir = overrideDir.toRealPath();
            real = p.toRealPath();
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.CONFIG, "template " + p + " cannot be read: " + e.getMessage());
        }
        if (!real.startsWith(realDir)) {
            throw new PaytriageException(ExitCode.CONFIG, "template " + p + " leads out of replies.templates_dir "
                    + realDir + " (to " + real + "): templates must be files inside that folder; replace the link "
                    + "with a copy of the template");
        }
        if (!Files.isRegularFile(real)) {
            return null;
        }
        try {
            if (Files.size(real) > MAX_TEMPLATE_BYTES) {
                throw new PaytriageException(ExitCode.CONFIG, "template " + p + " is " + (Files.size(real) >> 10)
                        + " KB; a reply template is a few kilobytes: check what it holds");
            }
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.CONFIG, "template " + p + " cannot be read: " + e.getMessage());
        }
        return p;
    }

    public Path overrideDir() {
        return overrideDir;
    }

    /** Every bundled template name, read from the jar (or the classes folder when run from a build). */
    public static SortedSet<String> bundledNames() {
        URL anchor = TemplateStore.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            return new TreeSet<>();
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return names(fs.getPath("/" + ROOT));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    return names(FileSystems.getFileSystem(uri).getPath("/" + ROOT));
                }
            }
            return names(Path.of(uri).getParent().getParent().getParent());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot list the bundled templates: " + e.getMessage(), e));
        }
    }

    /** Every template file in templates_dir, by name; empty when there is none. */
    public SortedSet<String> overrideNames() {
        if (overrideDir == null || !Files.isDirectory(overrideDir)) {
            return new TreeSet<>();
        }
        try {
            return names(overrideDir);
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.CONFIG, "templates_dir " + overrideDir + " cannot be read: "
                    + e.getMessage());
        }
    }

    private static SortedSet<String> names(Path root) throws IOException {
        SortedSet<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(SUFFIX))
                    .forEach(out::add);
        }
        return out;
    }
}
