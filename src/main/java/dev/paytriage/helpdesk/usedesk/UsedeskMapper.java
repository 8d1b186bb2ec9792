package dev.paytriage.helpdesk.usedesk;

import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.helpdesk.HtmlText;
import dev.paytriage.helpdesk.TicketMessage;
import dev.paytriage.model.SafeText;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Usedesk's {@code /ticket} answer: {@code ticket}, {@code comments} (every scalar may be a string,
 * as Usedesk's documented example has them). A comment is the customer's own words when {@code from} is
 * "client" and its {@code type} is not "private"; "user" (an agent) and "trigger" (a rule or bot) never
 * are, nor is a private comment.
 */
final class UsedeskMapper {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private UsedeskMapper() {}

    static String subject(JsonNode ticket) {
        return SafeText.clean(text(ticket, "subject"));
    }

    /** ticket.email: the address the client wrote from; Usedesk puts "0" there when there is none. */
    static String email(JsonNode ticket) {
        String e = text(ticket, "email");
        return e != null && e.contains("@") ? SafeText.clean(e) : null;
    }

    static List<TicketMessage> messages(JsonNode body) {
        List<TicketMessage> out = new ArrayList<>();
        JsonNode comments = body.get("comments");
        if (comments != null && comments.isArray()) {
            comments.forEach(c -> out.add(message(c)));
        }
        return out;
    }

    static TicketMessage message(JsonNode c) {
        boolean fromClient = "client".equalsIgnoreCase(text(c, "from"));
        // Usedesk's own default for a comment is private: only an explicit "public" (or none at all on a
        // client's message, as in the documented example) counts as seen by the customer.
        String type = text(c, "type");
        boolean internal = type == null ? !fromClient : !"public".equalsIgnoreCase(type);
        return new TicketMessage(text(c, "id"), fromClient, internal, when(text(c, "published_at")),
                SafeText.clean(HtmlText.of(text(c, "message"))));
    }

    /** The client's language as Usedesk keeps it on the client (comment.client.lang), when it does. */
    static String locale(JsonNode body) {
        JsonNode comments = body.get("comments");
        if (comments == null || !comments.isArray()) {
            return null;
        }
        for (JsonNode c : comments) {
            String lang = text(obj(c, "client"), "lang");
            if (lang != null && "client".equalsIgnoreCase(text(c, "from"))) {
                return SafeText.clean(lang);
            }
        }
        return null;
    }

    /** "2017-03-01 14:30:49" (the account's time; only the order matters here), or ISO-8601. */
    static Instant when(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip(), WHEN).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(s.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
