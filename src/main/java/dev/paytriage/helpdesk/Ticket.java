package dev.paytriage.helpdesk;

import java.util.Comparator;
import java.util.List;

/**
 * A help-desk ticket as read: where it lives (desk name and type, id, the agent's link to it), its
 * subject, the requester's e-mail and locale (null when the desk gives none), and every message, oldest
 * first. All text has passed the text gate.
 */
public record Ticket(String desk, String deskType, String id, String url, String subject, String requesterEmail,
        String locale, List<TicketMessage> messages) {

    public Ticket {
        messages = messages.stream().sorted(Comparator.comparing(TicketMessage::createdAt,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** The customer's own messages, newest last. */
    public List<TicketMessage> customerMessages() {
        return messages.stream().filter(TicketMessage::isCustomersOwn).toList();
    }

    /** Messages left out of the complaint: agents' replies, internal notes, others copied in. */
    public int skipped() {
        return messages.size() - customerMessages().size();
    }

    /** Whether an internal note on the ticket already carries this marker. */
    public boolean hasNote(DraftMarker marker) {
        return messages.stream().anyMatch(m -> !m.isCustomersOwn() && marker.isIn(m.text()));
    }

    /** "zd:48211", as the agent types it. */
    public String ref() {
        return desk + ":" + id;
    }
}
