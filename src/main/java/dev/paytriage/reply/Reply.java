package dev.paytriage.reply;

import dev.paytriage.model.Audience;
import java.util.List;

/** A reply ready to paste: the whole text, and the parts a chat message is split into. */
public record Reply(Audience audience, Lang lang, Channel channel, String subject, String text, List<String> parts) {
    public Reply {
        parts = List.copyOf(parts);
    }
}
