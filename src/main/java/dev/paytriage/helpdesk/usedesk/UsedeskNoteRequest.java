package dev.paytriage.helpdesk.usedesk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.helpdesk.PrivateNote;

/**
 * The body of the one write to Usedesk: {@code POST /create/comment} with {@code api_token},
 * {@code ticket_id}, {@code message} (HTML) and {@code type: "private"} — an internal comment. The type
 * is always "private" here (Usedesk's own default too); nothing can set it otherwise. With a configured
 * {@code user_id} the note is written as that agent ({@code from: "user"}); without one Usedesk picks
 * the company's first user.
 */
final class UsedeskNoteRequest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UsedeskNoteRequest() {}

    static String body(String apiToken, String ticketId, String userId, PrivateNote note) {
        ObjectNode o = JSON.createObjectNode();
        o.put("api_token", apiToken);
        o.put("ticket_id", ticketId);
        o.put("message", note.html());
        o.put("type", "private");
        if (userId != null) {
            o.put("from", "user");
            o.put("user_id", userId);
        }
        return o.toString();
    }
}
