package dev.paytriage.helpdesk.zendesk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.helpdesk.PrivateNote;

/**
 * The body of the one write to Zendesk: {@code PUT /api/v2/tickets/{id}.json} with
 * {@code {"ticket":{"comment":{"html_body":…,"public":false}}}} — an internal note. {@code public} is
 * always false here; nothing can set it otherwise. (Zendesk's Ticket Comments API has no create
 * endpoint: comments are added by updating the ticket.)
 */
final class ZendeskNoteRequest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZendeskNoteRequest() {}

    static String body(PrivateNote note) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode comment = root.putObject("ticket").putObject("comment");
        comment.put("html_body", note.html());
        comment.put("public", false);
        return root.toString();
    }
}
