package dev.paytriage.config;

import static dev.paytriage.config.ConfigLoader.fail;

import dev.paytriage.PaytriageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Range checks of the config's numbers and times where they are read, each failure one line with
 * file, line and key (exit 5): nothing later can overflow, wait for days or run with zero workers.
 */
final class ValueRanges {
    private ValueRanges() {}

    /** A gateway's timeouts, attempts, bulk concurrency and rate. */
    static void gateway(Path file, String text, String name, GatewayConfig g) {
        for (String[] d : new String[][] {{"connect_timeout", g.connectTimeout()}, {"read_timeout", g.readTimeout()},
                {"total_timeout", g.totalTimeout()}}) {
            if (d[1] != null) {
                try {
                    Durations.parse(d[1], Limits.MIN_TIMEOUT, Limits.MAX_TIMEOUT);
                } catch (IllegalArgumentException e) {
                    throw gatewayKey(file, text, name, d[0], e.getMessage());
                }
            }
        }
        if (g.maxAttempts() != null && (g.maxAttempts() < 1 || g.maxAttempts() > Limits.MAX_ATTEMPTS)) {
            throw gatewayKey(file, text, name, "max_attempts", "is " + g.maxAttempts() + ": give a number from 1 (no "
                    + "retries) to " + Limits.MAX_ATTEMPTS);
        }
        if (g.concurrency() != null && (g.concurrency() < 1 || g.concurrency() > Limits.MAX_CONCURRENCY)) {
            throw gatewayKey(file, text, name, "concurrency", "is " + g.concurrency() + ": give the rows a bulk run "
                    + "looks up at once, from 1 to " + Limits.MAX_CONCURRENCY);
        }
        if (g.rate() != null && !g.rate().isAuto() && !Limits.rateOk(g.rate().cap())) {
            throw gatewayKey(file, text, name, "rate", "is " + Limits.plain(g.rate().cap()) + ": give auto (the "
                    + "default) or requests per second, from " + Limits.MIN_RATE + " (one every 10 s) to "
                    + (int) Limits.MAX_RATE);
        }
    }

    /** triage.many_cards_window. */
    static void triage(Path file, String text, TriageConfig t) {
        if (t != null && t.manyCardsWindow() != null) {
            try {
                Durations.parse(t.manyCardsWindow(), Limits.MIN_WINDOW, Limits.MAX_WINDOW);
            } catch (IllegalArgumentException e) {
                List<String> p = List.of("triage", "many_cards_window");
                throw fail(file, Locator.line(text, p), String.join(".", p), e.getMessage());
            }
        }
    }

    private static PaytriageException gatewayKey(Path file, String text, String name, String key, String what) {
        List<String> p = List.of("gateways", name, key);
        return fail(file, Locator.line(text, p), String.join(".", p), what);
    }

    /**
     * The file's text, refused before the YAML parser sees it when no one wrote it by hand: over a
     * megabyte, or with a line over {@value Limits#MAX_CONFIG_LINE} characters (SnakeYAML takes
     * seconds on a 2 MB line and minutes on longer ones).
     */
    static String readBounded(Path file) {
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_CONFIG_BYTES) {
                throw fail(file, 0, null, "is " + (size >> 20) + " MB; a config is a few kilobytes: check that it is "
                        + "the right file");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int line = 1;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i - start > Limits.MAX_CONFIG_LINE) {
                        throw fail(file, line, null, "has a line of " + (i - start) + " characters (at most "
                                + Limits.MAX_CONFIG_LINE + "): check what was pasted there");
                    }
                    line++;
                    start = i + 1;
                }
            }
            return text;
        } catch (java.nio.charset.MalformedInputException e) {
            throw fail(file, 0, null, "is not UTF-8 text: save it as UTF-8");
        } catch (IOException e) {
            throw fail(file, 0, null, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
