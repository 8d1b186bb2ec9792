package dev.paytriage.pipeline;

import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.Fields;
import dev.paytriage.complaint.MissingFacts;
import dev.paytriage.helpdesk.DraftMarker;
import dev.paytriage.helpdesk.Helpdesk;
import dev.paytriage.helpdesk.Helpdesks;
import dev.paytriage.helpdesk.PrivateNote;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.helpdesk.TicketMessage;
import dev.paytriage.model.Audience;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import dev.paytriage.reply.Reply;
import dev.paytriage.reply.ReplyRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A help-desk ticket's way through: read it whole, take the customer's own words (subject and messages,
 * newest last; the requester's e-mail as a fact, the desk's locale as a hint when the words show no
 * language), run complaint intake on them exactly as {@code complaint} would, and — when asked — leave
 * the reply and the escalation note on the ticket as one internal draft note, once per transaction.
 */
public final class TicketRunner {
    /** The most of the customer's words read: the newest messages that fit (a complaint is bounded too). */
    static final int MAX_CHARS = 100_000;

    /**
     * The ticket, the complaint's result, whether this run added the note ({@code posted}), whether a
     * draft for this transaction was on the ticket already, and notes for the agent (stderr).
     */
    public record Result(Ticket ticket, ComplaintRunner.Result complaint, boolean posted, boolean alreadyPosted,
            List<String> notes) {}

    private final Helpdesks desks;
    private final ReplyRenderer renderer;
    private final Lang agentLang;

    /** @param agentLang the language of the note's heading and escalation part: the team's, not the customer's */
    public TicketRunner(Helpdesks desks, ReplyRenderer renderer, Lang agentLang) {
        this.desks = desks;
        this.renderer = renderer;
        this.agentLang = agentLang == null ? Lang.EN : agentLang;
    }

    public Ticket read(Helpdesks.Ref ref) {
        return desks.get(ref.desk()).ticket(ref.id());
    }

    /** The customer's words as a complaint: subject first, then their messages, oldest to newest. */
    public Complaint complaint(Ticket t, ComplaintReader reader) {
        Complaint c = reader.read(text(t));
        if (c.facts().email() == null && t.requesterEmail() != null) {
            try {
                c = c.withFacts(reader.fields().with(c.facts(), Fields.Field.EMAIL, t.requesterEmail()));
            } catch (Fields.BadValue ignored) {
                // not an address the reader takes; the words may still give one
            }
        }
        Lang hint = lang(t.locale());
        if (c.language() == null && hint != null) {
            c = new Complaint(c.text(), hint, c.topic(), c.from(), c.facts());
        }
        return c;
    }

    static String text(Ticket t) {
        return words(t).text();
    }

    /** The words read and whether they are all of the customer's (false when the oldest were left out). */
    record Words(String text, boolean whole) {}

    static Words words(Ticket t) {
        List<String> parts = new ArrayList<>();
        int size = t.subject() == null ? 0 : t.subject().length();
        List<TicketMessage> mine = t.customerMessages();
        for (int i = mine.size() - 1; i >= 0 && size + mine.get(i).text().length() <= MAX_CHARS; i--) {
            parts.add(0, mine.get(i).text());
            size += mine.get(i).text().length() + 2;
        }
        boolean whole = parts.size() == mine.size();
        if (t.subject() != null && !t.subject().isBlank()) {
            parts.add(0, t.subject());
        }
        return new Words(String.join("\n\n", parts), whole);
    }

    /** "ru", "uk-UA", "en-US" → the reply language it names, if paytriage writes it. */
    static Lang lang(String locale) {
        if (locale == null) {
            return null;
        }
        String l = locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
        for (Lang lang : Lang.values()) {
            if (lang.wire().equals(l)) {
                return lang;
            }
        }
        return null;
    }

    /** Intake as complaint does, then the draft note when {@code post} and none is there yet. */
    public Result run(Ticket t, Complaint c, ComplaintRunner runner, ComplaintRunner.Request req,
            ComplaintRunner.Prompter prompter, boolean post) {
        ComplaintRunner.Result r = runner.run(c, req, prompter);
        List<String> notes = new ArrayList<>();
        int read = t.customerMessages().size();
        if (read == 0) {
            notes.add("ticket " + t.ref() + " has no message from the customer (only agents' replies and notes):"
                    + " the verdict rests on its subject");
        } else if (!words(t).whole()) {
            notes.add("ticket " + t.ref() + " has more of the customer's words than " + MAX_CHARS
                    + " characters: only the newest messages were read");
        }
        CaseResult cr = r.caseResult();
        DraftMarker marker = new DraftMarker(t.id(), cr.transaction() == null ? null : cr.transaction().id());
        boolean already = t.hasNote(marker);
        boolean posted = false;
        if (post && !already) {
            Helpdesk desk = desks.get(t.desk());
            desk.addPrivateNote(t, PrivateNote.draft(note(t, r), marker));
            posted = true;
        }
        return new Result(t, r, posted, already, notes);
    }

    /** The draft's text: a heading in the agent's language, the proposed reply, the escalation note. */
    String note(Ticket t, ComplaintRunner.Result r) {
        CaseResult cr = r.caseResult();
        Reply reply = cr.reply();
        Lang lang = renderer.store().find(ReplyRenderer.layoutName(agentLang, Channel.NOTE)).isPresent()
                ? agentLang : Lang.EN;
        Audience audience = reply.audience();
        List<String> missing = r.missing().stream().map(f -> MissingFacts.reply(f, lang, audience)).toList();
        Reply escalation = reply.channel() == Channel.NOTE && reply.lang() == lang ? reply
                : renderer.render(new ReplyRenderer.Request(cr.transaction(), cr.attempts(), cr.verdict(), audience, lang,
                        Channel.NOTE, missing));
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("ticket", t.ref());
        ctx.put("reply_lang", reply.lang().wire());
        ctx.put("channel", reply.channel().wire());
        ctx.put("subject", reply.subject() == null ? "" : reply.subject());
        ctx.put("reply", reply.channel() == Channel.NOTE ? "" : reply.text());
        ctx.put("escalation", escalation.text());
        return renderer.execute(draftLayout(lang), lang, ctx);
    }

    /** The template of the draft note, in the agent's language (a support lead can edit it). */
    public static String draftLayout(Lang lang) {
        return lang.wire() + "/layout/ticket_draft.mustache";
    }
}
