package dev.paytriage.helpdesk;

import dev.paytriage.model.SafeText;

/**
 * What tells a paytriage draft on a ticket apart: the ticket and the transaction it is about
 * ("paytriage:48211:58213-4f9a1c2b7e"; "none" when no transaction was settled on). A second --post
 * that finds it in a note adds nothing. It is written as the note's last, small line rather than as an
 * HTML comment or hidden element: desks sanitise note HTML, and a marker they strip would make every
 * rerun add a duplicate; visible, it also tells a colleague which payment the draft is about.
 */
public record DraftMarker(String ticketId, String transactionId) {
    static final String PREFIX = "paytriage:";

    public DraftMarker {
        transactionId = transactionId == null || transactionId.isBlank() ? "none" : transactionId;
    }

    /** The token, passed through the same gate as everything sent, so what is written is what is looked for. */
    public String token() {
        return SafeText.clean(PREFIX + ticketId + ":" + transactionId).replaceAll("\\s+", "");
    }

    /** The footer line carrying the token. */
    public String line() {
        return "ref " + token();
    }

    public boolean isIn(String text) {
        return text != null && text.contains(token());
    }
}
