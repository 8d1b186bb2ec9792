package dev.paytriage.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Checks the replies: section when the config is loaded, naming the line and the key. */
public final class RepliesCheck {
    /** The smallest chat part that still holds a "(1/2)" marker, the "continued" note and a sentence. */
    public static final int MIN_CHAT_PART = 160;

    private RepliesCheck() {}

    /** A wrong value here would otherwise surface only when a reply is written, in front of a customer. */
    static void validate(Path file, String text, RepliesConfig r) {
        if (r.lang() != null && !List.of("en", "ru", "uk").contains(r.lang())) {
            throw fail(file, text, "lang", "is '" + r.lang() + "': use en, ru or uk");
        }
        if (r.channel() != null && !List.of("chat", "email", "note").contains(r.channel())) {
            throw fail(file, text, "channel", "is '" + r.channel() + "': use chat, email or note");
        }
        if (r.chatPartLimit() != null && (r.chatPartLimit() < MIN_CHAT_PART || r.chatPartLimit() > 10_000)) {
            throw fail(file, text, "chat_part_limit", "is " + r.chatPartLimit() + ": use a number of characters from "
                    + MIN_CHAT_PART + " to 10000 (default 600)");
        }
        if (r.timeZone() != null) {
            try {
                ZoneId.of(r.timeZone());
            } catch (DateTimeException e) {
                throw fail(file, text, "time_zone", "is '" + r.timeZone()
                        + "', not a time zone: use a region id such as Europe/Minsk or Europe/Kyiv, or UTC");
            }
        }
    }

    /** templates_dir as written; a relative one is taken from the config file's folder. */
    public static Path templatesDir(Path configFile, String value) {
        Path p = Path.of(value);
        return p.isAbsolute() || configFile == null || configFile.getParent() == null ? p
                : configFile.getParent().resolve(p).normalize();
    }

    private static RuntimeException fail(Path file, String text, String key, String what) {
        return ConfigLoader.fail(file, Locator.line(text, List.of("replies", key)), "replies." + key, what);
    }
}
