package dev.paytriage.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.IdFormats;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.helpdesk.TicketMessage;
import dev.paytriage.reply.Lang;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketRunnerTest {
    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private final ComplaintReader reader = new ComplaintReader(new IdFormats(Set.of("sandbox")),
            Clock.fixed(T, ZoneOffset.UTC), ZoneId.of("UTC"));

    private static TicketMessage msg(String id, boolean customer, boolean internal, int minute, String text) {
        return new TicketMessage(id, customer, internal, T.plusSeconds(60L * minute), text);
    }

    @Test
    void the_words_are_the_subject_then_the_customers_own_messages_oldest_first() {
        Ticket t = new Ticket("zd", "zendesk", "1", "u", "Payment failed", "a@example.com", null, List.of(
                msg("4", true, false, 4, "Order 7731."),
                msg("2", false, false, 2, "Agent: which order? ORD-9999?"),
                msg("1", true, false, 1, "It failed twice."),
                msg("3", false, true, 3, "note: ORD-5555")));

        assertThat(TicketRunner.text(t)).isEqualTo("Payment failed\n\nIt failed twice.\n\nOrder 7731.");
    }

    @Test
    void the_locale_is_only_a_hint_for_words_that_show_no_language() {
        Ticket letterless = new Ticket("zd", "zendesk", "1", "u", "7731", null, "uk-UA", List.of());
        Ticket english = new Ticket("zd", "zendesk", "1", "u", "My payment failed", null, "ru", List.of());

        Complaint a = new TicketRunner(null, null, null).complaint(letterless, reader);
        Complaint b = new TicketRunner(null, null, null).complaint(english, reader);

        assertThat(a.language()).isEqualTo(Lang.UK);
        assertThat(b.language()).isEqualTo(Lang.EN);
        assertThat(TicketRunner.lang("en-US")).isEqualTo(Lang.EN);
        assertThat(TicketRunner.lang("de")).isNull();
    }

    @Test
    void the_requesters_email_is_a_fact_unless_the_words_give_one() {
        Ticket t = new Ticket("zd", "zendesk", "1", "u", "Payment", "Req@Example.com", null,
                List.of(msg("1", true, false, 1, "I paid from other@example.org")));
        Ticket plain = new Ticket("zd", "zendesk", "1", "u", "Payment", "Req@Example.com", null, List.of());

        assertThat(new TicketRunner(null, null, null).complaint(t, reader).facts().email()).isEqualTo("other@example.org");
        assertThat(new TicketRunner(null, null, null).complaint(plain, reader).facts().email()).isEqualTo("req@example.com");
    }
}
