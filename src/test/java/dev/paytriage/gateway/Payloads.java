package dev.paytriage.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own gateway answers (src/test/resources/payloads/GATEWAY/): written for these tests in
 * each gateway's documented shape, so the contract tests run in any clone. payloads/README.md says what
 * each file shows and where its shape comes from.
 */
public final class Payloads {
    private static final String ROOT = "payloads/";

    private Payloads() {}

    public static String read(String gateway, String file) {
        String name = ROOT + gateway + "/" + file;
        try (InputStream in = Payloads.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test payload " + name + " (src/test/resources/" + name + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names of a gateway's payloads, sorted. */
    public static List<String> of(String gateway) {
        URL dir = Payloads.class.getClassLoader().getResource(ROOT + gateway);
        if (dir == null) {
            throw new IllegalStateException("no test payloads for " + gateway + " under src/test/resources/" + ROOT);
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
