package dev.paytriage.reply;

import java.nio.file.Path;
import java.time.ZoneId;

/** Rendering settings from the config's replies: section, with defaults. */
public record ReplySettings(String team, String signature, Path templatesDir, int chatPartLimit, ZoneId zone) {

    public static final int DEFAULT_CHAT_LIMIT = 600;

    public static ReplySettings defaults() {
        return new ReplySettings(null, null, null, DEFAULT_CHAT_LIMIT, ZoneId.of("UTC"));
    }

    public String teamOrDefault(Lang lang) {
        if (team != null && !team.isBlank()) {
            return team;
        }
        return switch (lang) {
            case RU -> "Служба поддержки";
            case UK -> "Служба підтримки";
            default -> "Support team";
        };
    }
}
