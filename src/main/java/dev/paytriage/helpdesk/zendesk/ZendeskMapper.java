package dev.paytriage.helpdesk.zendesk;

import static dev.paytriage.gateway.JsonFields.instant;
import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.helpdesk.HtmlText;
import dev.paytriage.helpdesk.TicketMessage;
import dev.paytriage.model.SafeText;
import java.util.List;

/**
 * Reads Zendesk's JSON: the ticket (with its users sideloaded) and its comments. The requester's own
 * public comments are the customer's words; any other author's comment (an agent's reply, a CC'd
 * colleague) and every comment with {@code public: false} (an internal note) are not.
 */
final class ZendeskMapper {
    private ZendeskMapper() {}

    /** The requester's user record from the sideloaded {@code users}; null when it is not there. */
    static JsonNode requester(JsonNode body, String requesterId) {
        JsonNode users = body.get("users");
        if (users == null || !users.isArray() || requesterId == null) {
            return null;
        }
        for (JsonNode u : users) {
            if (requesterId.equals(text(u, "id"))) {
                return u;
            }
        }
        return null;
    }

    static JsonNode ticket(JsonNode body) {
        return obj(body, "ticket");
    }

    static String subject(JsonNode ticket) {
        String s = text(ticket, "raw_subject");
        return SafeText.clean(s != null ? s : text(ticket, "subject"));
    }

    /** A comment as a message: HTML body to text (plain body when there is no HTML), through the text gate. */
    static TicketMessage message(JsonNode comment, String requesterId) {
        String html = text(comment, "html_body");
        String body = html != null ? HtmlText.of(html) : HtmlText.of(text(comment, "plain_body") != null
                ? text(comment, "plain_body") : text(comment, "body"));
        JsonNode pub = comment.get("public");
        // A comment that does not say it is public is treated as internal: never mistaken for the customer's.
        boolean internal = pub == null || !pub.asBoolean(false);
        boolean fromCustomer = requesterId != null && requesterId.equals(text(comment, "author_id"));
        return new TicketMessage(text(comment, "id"), fromCustomer, internal, instant(comment, "created_at"),
                SafeText.clean(body));
    }

    static List<JsonNode> comments(JsonNode page) {
        JsonNode list = page.get("comments");
        if (list == null || !list.isArray()) {
            return null;
        }
        java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    /**
     * The next page's URL: cursor pagination ({@code meta.has_more} and {@code links.next}), else the
     * offset kind ({@code next_page}); null on the last page.
     */
    static String next(JsonNode page) {
        JsonNode meta = obj(page, "meta");
        if (meta != null && meta.has("has_more")) {
            return meta.get("has_more").asBoolean(false) ? text(obj(page, "links"), "next") : null;
        }
        return text(page, "next_page");
    }

    /** ru, en-US, uk → the language part; null when there is none. */
    static String locale(JsonNode user) {
        String l = text(user, "locale");
        return l == null ? null : SafeText.clean(l);
    }
}
