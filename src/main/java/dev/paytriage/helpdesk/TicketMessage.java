package dev.paytriage.helpdesk;

import java.time.Instant;

/**
 * One message of a ticket, its text already plain and through the text gate. {@code fromCustomer}: the
 * ticket's requester wrote it; {@code internal}: an agent-only note the customer never saw.
 */
public record TicketMessage(String id, boolean fromCustomer, boolean internal, Instant createdAt, String text) {

    /** The customer's own words: theirs, and public. Never an agent's reply, never an internal note. */
    public boolean isCustomersOwn() {
        return fromCustomer && !internal;
    }
}
