package dev.paytriage.pipeline;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.Lookup;
import dev.paytriage.model.Audience;
import dev.paytriage.model.SafeText;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import dev.paytriage.reply.Reply;
import dev.paytriage.reply.ReplyLanguage;
import dev.paytriage.reply.ReplyRenderer;
import dev.paytriage.triage.Case;
import dev.paytriage.triage.TriageEngine;
import dev.paytriage.triage.Verdict;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The one-way flow of a case: look the reference up (gateway → model), decide (triage), write the
 * reply (reply). Commands call this and print what it returns; it prints nothing itself.
 */
public final class CaseRunner {
    // the order's other transactions show a second payment, a void of a hold, or a refund already made
    private static final Set<Topic> NEEDS_SIBLINGS = Set.of(Topic.DOUBLE_CHARGE, Topic.CHARGED_NOT_CONFIRMED,
            Topic.REFUND_MISSING);
    private static final Duration RECENT_WINDOW = Duration.ofHours(2);

    private final Gateways gateways;
    private final TriageEngine engine;
    private final ReplyRenderer renderer;
    private final Clock clock;
    private final Lang defaultLang;
    private final Channel defaultChannel;

    public CaseRunner(Gateways gateways, TriageEngine engine, ReplyRenderer renderer, Clock clock, Lang defaultLang,
            Channel defaultChannel) {
        this.gateways = gateways;
        this.engine = engine;
        this.renderer = renderer;
        this.clock = clock;
        this.defaultLang = defaultLang;
        this.defaultChannel = defaultChannel == null ? Channel.CHAT : defaultChannel;
    }

    /**
     * Looks the reference up; throws exit 3 when the gateway knows nothing by that reference, and exit 2,
     * before any request, when the reference is a card number: a card number is never sent to a gateway.
     */
    public CaseResult check(CaseQuery q) {
        if (SafeText.holdsCard(q.ref())) {
            throw new PaytriageException(ExitCode.USAGE, "REF " + q.ref() + " is a card number: paytriage never looks"
                    + " a card number up at a gateway; give the transaction id or the merchant's order id");
        }
        Gateway gateway = gateways.get(q.gateway());
        Lookup.Found found = Lookup.find(gateway, q.ref(), q.orderIdOnly());
        if (found.isEmpty()) {
            throw new PaytriageException(ExitCode.NOT_FOUND, "no transaction " + q.ref()
                    + " on gateway " + gateway.name() + (q.orderIdOnly() ? " (searched as an order id)"
                    : " (searched as a transaction id, then as an order id)")
                    + ": check the reference, or try another gateway with --gateway");
        }
        return decide(q, gateway, found);
    }

    /** Decides and replies for what was found; the verdict is about the latest attempt. */
    public CaseResult decide(CaseQuery q, Gateway gateway, Lookup.Found found) {
        return decide(q, gateway, found, List.of());
    }

    /**
     * As {@link #decide(CaseQuery, Gateway, Lookup.Found)}, with other transactions of the shop already
     * known (a merchant's complaint about many failures): they join what the gateway can list itself.
     */
    public CaseResult decide(CaseQuery q, Gateway gateway, Lookup.Found found, List<Transaction> knownShopHistory) {
        Transaction tx = found.primary();
        List<Transaction> attempts = found.matches();
        if (!found.byOrder() && tx.orderId() != null && q.topic() != null && NEEDS_SIBLINGS.contains(q.topic())) {
            attempts = Lookup.find(gateway, tx.orderId(), true).matches();
            if (attempts.stream().noneMatch(t -> t.id().equals(tx.id()))) {
                attempts = prepend(tx, attempts);
            }
        }
        List<Transaction> recent = gateway.canListRecent() && tx.shop() != null && tx.createdAt() != null
                && tx.status().isFinalFailure()
                ? gateway.recent(tx.shop(), tx.createdAt().plus(RECENT_WINDOW), RECENT_WINDOW.multipliedBy(2))
                : List.of();
        if (!knownShopHistory.isEmpty()) {
            java.util.Map<String, Transaction> merged = new java.util.LinkedHashMap<>();
            recent.forEach(t -> merged.put(t.id(), t));
            knownShopHistory.forEach(t -> merged.putIfAbsent(t.id(), t));
            recent = List.copyOf(merged.values());
        }
        Audience from = q.from() == null ? Audience.PAYER : q.from();
        Case c = new Case(tx, attempts, recent, q.topic(), from, q.claimedAmount(), clock.instant(), q.said());
        Verdict verdict = engine.decide(c);
        // The complaint's own language is the second choice; intake passes it once it detects one.
        Lang lang = ReplyLanguage.choose(q.lang(), null, defaultLang);
        Reply reply = renderer.render(new ReplyRenderer.Request(tx, attempts, verdict, from, lang,
                q.channel() == null ? defaultChannel : q.channel(), List.of(), q.remedy()));
        return new CaseResult(q, gateway.name(), found.byOrder(), tx, attempts, verdict, reply);
    }

    private static List<Transaction> prepend(Transaction tx, List<Transaction> rest) {
        java.util.ArrayList<Transaction> all = new java.util.ArrayList<>();
        all.add(tx);
        all.addAll(rest);
        return List.copyOf(all);
    }
}
