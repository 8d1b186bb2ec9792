package dev.paytriage.helpdesk;

/**
 * One configured help desk. Reads a ticket whole (requester, every message, all pages) and adds a
 * {@link PrivateNote} — the one write there is. Failures are one-line exceptions with the contract's exit
 * codes: no such ticket 3; unreachable, refused credentials or an unreadable answer 4.
 */
public interface Helpdesk {
    /** The name in the config ("zd"), typed as DESK in DESK:ID. */
    String name();

    /** zendesk | usedesk */
    String type();

    Ticket ticket(String id);

    /** Adds the note to the ticket as an internal, agent-only comment. */
    void addPrivateNote(Ticket ticket, PrivateNote note);
}
