package dev.paytriage.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The file 'config init' writes: the bundled starter, secrets as ${ENV} references. */
public final class StarterConfig {
    private StarterConfig() {}

    public static String text() {
        try (InputStream in = StarterConfig.class.getClassLoader().getResourceAsStream("config/starter.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
