package dev.paytriage.pipeline;

import dev.paytriage.complaint.Complaint;
import dev.paytriage.complaint.ComplaintFacts;
import dev.paytriage.complaint.Fields;
import dev.paytriage.complaint.MissingFacts;
import dev.paytriage.gateway.Lookup;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.Money;
import dev.paytriage.model.Party;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import dev.paytriage.reply.Reply;
import dev.paytriage.reply.ReplyRenderer;
import dev.paytriage.triage.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A complaint's way through: find the transaction(s) it is about, let the agent choose or fill in
 * facts where a terminal allows, then decide and reply as {@code check} does — or, when nothing can be
 * found, an undetermined verdict with a reply asking for exactly the missing facts.
 */
public final class ComplaintRunner {

    /** The agent at a terminal. Absent (null) when prompting is not allowed. */
    public interface Prompter {
        /** The index of the chosen candidate, or -1 for none of them. */
        int choose(List<TransactionFinder.Candidate> candidates);

        /** The answer for a missing fact: blank skips it, null stops asking altogether. */
        String ask(MissingFacts.Fact fact, List<String> completions);

        /** An answer that could not be read, and how to write it. */
        void warn(String message);
    }

    /** What the agent asked for with options; null means "from the complaint, else the default". */
    public record Request(String gateway, Topic topic, Audience from, Lang lang, Channel channel) {}

    /**
     * The case result (transaction null when none was settled on), how it was found, the candidates
     * weighed, the facts asked for, and notes for the agent (stderr).
     */
    public record Result(Complaint complaint, Request request, CaseResult caseResult, TransactionFinder.By by,
            List<TransactionFinder.Candidate> candidates, List<MissingFacts.Fact> missing, List<String> notes) {}

    private final TransactionFinder finder;
    private final CaseRunner cases;
    private final ReplyRenderer renderer;
    private final Fields fields;
    private final Lang defaultLang;
    private final Channel defaultChannel;

    public ComplaintRunner(TransactionFinder finder, CaseRunner cases, ReplyRenderer renderer, Fields fields,
            Lang defaultLang, Channel defaultChannel) {
        this.finder = finder;
        this.cases = cases;
        this.renderer = renderer;
        this.fields = fields;
        this.defaultLang = defaultLang == null ? Lang.EN : defaultLang;
        this.defaultChannel = defaultChannel == null ? Channel.CHAT : defaultChannel;
    }

    public Result run(Complaint c, Request req, Prompter prompter) {
        Topic topic = req.topic() != null ? req.topic() : c.topic().value();
        Audience from = req.from() != null ? req.from() : c.from().value();
        Channel channel = req.channel() != null ? req.channel() : defaultChannel;
        Lang lang = req.lang() != null ? req.lang() : c.language() != null ? c.language() : defaultLang;
        List<String> notes = new ArrayList<>();
        if (renderer.store().find(ReplyRenderer.layoutName(lang, channel)).isEmpty()) {
            notes.add("no " + lang.wire() + " reply templates in this build yet: the reply is in English");
            lang = Lang.EN;
        }
        ComplaintFacts facts = c.facts();
        TransactionFinder.Outcome outcome = finder.find(facts, req.gateway());
        if (prompter != null) {
            outcome = choose(outcome, prompter);
            if (!outcome.isOne() && outcome.candidates().isEmpty()) {
                ComplaintFacts asked = askMissing(facts, topic, outcome.notFound(), prompter);
                if (asked != facts) {
                    facts = asked;
                    outcome = choose(finder.find(facts, req.gateway()), prompter);
                }
            }
        }
        List<Transaction> shopHistory = List.of();
        if (!outcome.isOne() && shopWide(outcome, from)) {
            // "Why are my customers' payments failing?": the failures are judged together — the latest is
            // the case, the others its shop history, so a pattern across cards shows in the verdict.
            shopHistory = outcome.candidates().stream().map(TransactionFinder.Candidate::transaction).toList();
            Transaction latest = shopHistory.stream().max(java.util.Comparator.comparing(Transaction::createdAt,
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).orElseThrow();
            notes.add("the merchant asks about " + shopHistory.size() + " failed payments at " + latest.shop()
                    + ": judged together; the verdict is about the latest, " + latest.id()
                    + " (for a longer period, run bulk and report over the shop's payments)");
            outcome = chosen(outcome, shopHistory.indexOf(latest));
        }
        if (!outcome.isOne() && outcome.candidates().size() > 1 && !outcome.isTie()) {
            notes.add(outcome.candidates().size() + " transactions match the complaint; the verdict is about the best"
                    + " match, " + outcome.candidates().get(0).transaction().id());
            outcome = chosen(outcome, 0);
        }
        Complaint understood = c.withFacts(facts);
        if (outcome.isOne()) {
            Lookup.Found found = outcome.found();
            otherCard(facts, found).ifPresent(notes::add);
            if (req.topic() == null) {
                // what the words said, corrected by what the gateway holds (a payout, a payment that went through)
                understood = understood.withTopic(c.topicFor(found.primary()));
                topic = understood.topic().value();
            }
            CaseQuery q = new CaseQuery(found.ref(), outcome.gateway().name(), found.byOrder(), topic, from, lang,
                    channel, claimed(facts, found.primary()), c.remedy().value(), c.said().keySet());
            return new Result(understood, req, cases.decide(q, outcome.gateway(), found, shopHistory), outcome.by(),
                    outcome.candidates(), List.of(), notes);
        }
        List<MissingFacts.Fact> missing = new ArrayList<>(MissingFacts.of(facts, topic, outcome.notFound()));
        if (missing.isEmpty()) {
            missing.add(new MissingFacts.Fact("reference", null));
        }
        Audience audience = from == null ? Audience.PAYER : from;
        Lang replyLang = lang;
        Verdict verdict = NotFound.verdict(outcome, missing);
        Reply reply = renderer.render(new ReplyRenderer.Request(null, List.of(), verdict, audience, replyLang, channel,
                missing.stream().map(f -> MissingFacts.reply(f, replyLang, audience)).toList(), c.remedy().value()));
        CaseQuery q = new CaseQuery(null, outcome.gateway().name(), false, topic, from, lang, channel, null);
        CaseResult r = new CaseResult(q, outcome.gateway().name(), false, null, List.of(), verdict, reply);
        return new Result(understood, req, r, outcome.by(), outcome.candidates(), List.copyOf(missing), notes);
    }

    /** A merchant complaining about several failed payments at one shop, not about one payment. */
    static boolean shopWide(TransactionFinder.Outcome o, Audience from) {
        List<TransactionFinder.Candidate> cands = o.candidates();
        if (from != Audience.MERCHANT || cands.size() < 2) {
            return false;
        }
        String shop = cands.get(0).transaction().shop();
        return shop != null && cands.stream().map(TransactionFinder.Candidate::transaction)
                .allMatch(t -> shop.equals(t.shop()) && t.status().isFinalFailure());
    }

    /**
     * The complaint names a card the payment found was not made with: worth a look before answering
     * (another attempt of the order may have used it, or it is another payment).
     */
    static java.util.Optional<String> otherCard(ComplaintFacts facts, Lookup.Found found) {
        Transaction tx = found.primary();
        if (facts.card() == null || facts.card().last4() == null || tx.card() == null || tx.card().last4() == null
                || facts.card().last4().equals(tx.card().last4())) {
            return java.util.Optional.empty();
        }
        String attempt = found.matches().stream()
                .filter(t -> t.card() != null && facts.card().last4().equals(t.card().last4()))
                .map(Transaction::id).findFirst().orElse(null);
        return java.util.Optional.of("the complaint names a card ending " + facts.card().last4() + ", but "
                + tx.id() + " was paid with a card ending " + tx.card().last4()
                + (attempt != null ? "; attempt " + attempt + " of this order used that card"
                        : ": check this is the payment the customer means"));
    }

    private TransactionFinder.Outcome choose(TransactionFinder.Outcome o, Prompter prompter) {
        if (o.isOne() || o.candidates().size() < 2) {
            return o;
        }
        int i = prompter.choose(o.candidates());
        return i >= 0 && i < o.candidates().size() ? chosen(o, i) : o;
    }

    private static TransactionFinder.Outcome chosen(TransactionFinder.Outcome o, int i) {
        Transaction tx = o.candidates().get(i).transaction();
        return new TransactionFinder.Outcome(o.gateway(), o.by(), new Lookup.Found(tx.id(), false, List.of(tx)),
                o.candidates(), o.tried(), o.notFound());
    }

    /** Asks for each missing fact in turn; an unreadable answer is explained and asked again. */
    private ComplaintFacts askMissing(ComplaintFacts facts, Topic topic, String notFound, Prompter prompter) {
        ComplaintFacts out = facts;
        for (MissingFacts.Fact fact : MissingFacts.of(facts, topic, notFound)) {
            while (true) {
                String answer = prompter.ask(fact, fields.completions(MissingFacts.completion(fact)));
                if (answer == null) {
                    return out;
                }
                if (answer.isBlank()) {
                    break;
                }
                try {
                    out = fields.with(out, fact.field(), answer);
                    break;
                } catch (Fields.BadValue bad) {
                    prompter.warn(bad.getMessage());
                }
            }
        }
        return out;
    }

    /**
     * The amount the complaint states, for the units cross-check: one equal to the charge if any (then
     * nothing is off), else the first, in the transaction's currency when the words allow it.
     */
    static Money claimed(ComplaintFacts f, Transaction tx) {
        if (f.amounts().isEmpty() || tx.amount() == null) {
            return null;
        }
        String charged = tx.amount().currency();
        for (ComplaintFacts.Amount a : f.amounts()) {
            if (a.value().compareTo(tx.amount().major()) == 0 && (a.currencies().isEmpty() || a.currencies().contains(charged))) {
                return tx.amount();
            }
        }
        ComplaintFacts.Amount a = f.amount();
        String currency = a.currencies().contains(charged) ? charged
                : !a.currencies().isEmpty() ? a.currency() : f.currency() != null ? f.currency() : charged;
        return a.in(currency);
    }

    /** The verdict when no single transaction could be settled on. */
    static final class NotFound {
        private NotFound() {}

        static Verdict verdict(TransactionFinder.Outcome o, List<MissingFacts.Fact> missing) {
            List<String> evidence = new ArrayList<>(o.tried());
            boolean several = o.candidates().size() > 1;
            for (TransactionFinder.Candidate cand : o.candidates()) {
                evidence.add("candidate " + cand.transaction().id() + ": " + String.join(", ", cand.why()));
            }
            List<String> keys = missing.stream().map(MissingFacts.Fact::key).toList();
            return new Verdict(Party.UNDETERMINED, null, several ? "several_matches" : "transaction_not_found",
                    Confidence.LOW,
                    several ? o.candidates().size() + " transactions match the complaint equally well; the reply asks"
                            + " for what tells them apart."
                            : "No transaction could be matched to the complaint; the reply asks for what is missing.",
                    evidence,
                    List.of("Send the reply: it asks for " + String.join(", ", keys) + ".",
                            "When the answer comes, run complaint again with it (e.g. --order, --amount, --date,"
                                    + " --card-last4), or check the id it gives."),
                    "undetermined", "never", false, several ? "complaint:several_matches" : "complaint:not_found");
        }
    }
}
