package dev.paytriage.pipeline;

import dev.paytriage.complaint.ComplaintFacts;
import dev.paytriage.complaint.IdFormats;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.Lookup;
import dev.paytriage.gateway.SearchCriteria;
import dev.paytriage.model.Money;
import dev.paytriage.model.Transaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the transaction a complaint is about: by the transaction ids it names, else by its order ids,
 * else — where the gateway can search — by shop, amount, time window and card ending. Several
 * candidates come back ranked, each with why it matches.
 */
public final class TransactionFinder {
    /** Without a date the search looks this far back. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    /** How a transaction was found. */
    public enum By { TRANSACTION_ID, ORDER_ID, SEARCH }

    /** A transaction that may be the one, with the facts it matches. */
    public record Candidate(Transaction transaction, int score, List<String> why) {}

    /**
     * What the search came to. {@code found} is set when one case was found (one transaction, or one
     * order with its attempts); otherwise {@code candidates} holds the ranked matches (maybe none).
     * {@code tried} says what was looked for, for the evidence; {@code notFound} is an id or order the
     * complaint named that the gateway does not know.
     */
    public record Outcome(Gateway gateway, By by, Lookup.Found found, List<Candidate> candidates, List<String> tried,
            String notFound) {
        public boolean isOne() {
            return found != null;
        }

        /** Several candidates and the best one is not better than the next. */
        public boolean isTie() {
            return found == null && candidates.size() > 1 && candidates.get(0).score() == candidates.get(1).score();
        }
    }

    private final Gateways gateways;
    private final Clock clock;

    public TransactionFinder(Gateways gateways, Clock clock) {
        this.gateways = gateways;
        this.clock = clock;
    }

    public Outcome find(ComplaintFacts f, String gatewayName) {
        Gateway fallback = gateways.get(gatewayName);
        List<String> tried = new ArrayList<>();
        String notFound = null;
        Map<String, Transaction> named = new LinkedHashMap<>();
        Gateway namedGateway = null;
        for (ComplaintFacts.Ref ref : f.refs()) {
            Gateway g = gatewayName != null ? fallback : gatewayFor(ref, fallback);
            Lookup.Found found = Lookup.find(g, ref.value(), false);
            if (found.isEmpty()) {
                tried.add("no transaction or order " + ref.value() + " on gateway " + g.name());
                notFound = notFound == null ? ref.value() : notFound;
            } else if (found.byOrder()) {
                return new Outcome(g, By.ORDER_ID, pickAttempt(found, f), List.of(), tried, null);
            } else {
                named.put(found.primary().id(), found.primary());
                namedGateway = g;
            }
        }
        if (named.size() == 1) {
            Transaction tx = named.values().iterator().next();
            return new Outcome(namedGateway, By.TRANSACTION_ID, new Lookup.Found(tx.id(), false, List.of(tx)), List.of(),
                    tried, null);
        }
        if (named.size() > 1) {
            return several(namedGateway, By.TRANSACTION_ID, new ArrayList<>(named.values()), f, tried);
        }
        for (String order : f.orderIds()) {
            Lookup.Found found = Lookup.find(fallback, order, true);
            if (!found.isEmpty()) {
                return new Outcome(fallback, By.ORDER_ID, pickAttempt(found, f), List.of(), tried, null);
            }
            tried.add("no order " + order + " on gateway " + fallback.name());
            notFound = notFound == null ? order : notFound;
        }
        return search(fallback, f, tried, notFound);
    }

    /** The gateway whose id format the ref has: the default one if it fits, else the first that does. */
    private Gateway gatewayFor(ComplaintFacts.Ref ref, Gateway fallback) {
        if (ref.gatewayTypes().isEmpty() || IdFormats.fits(ref.value(), fallback.type())) {
            return fallback;
        }
        for (String name : gateways.names()) {
            Gateway g = gateways.get(name);
            if (ref.gatewayTypes().contains(g.type())) {
                return g;
            }
        }
        return fallback;
    }

    private Outcome search(Gateway g, ComplaintFacts f, List<String> tried, String notFound) {
        int given = (f.shop() != null ? 1 : 0) + (f.amount() != null ? 1 : 0) + (f.when() != null ? 1 : 0)
                + (f.card() != null ? 1 : 0);
        if (given < 2) {
            tried.add("too few facts to search by (shop, amount, date, card ending: " + given + " of 4 given)");
            return new Outcome(g, null, null, List.of(), tried, notFound);
        }
        if (!g.canSearch()) {
            tried.add("gateway " + g.name() + " cannot search by shop, amount and date");
            return new Outcome(g, null, null, List.of(), tried, notFound);
        }
        Instant now = clock.instant();
        Instant from = f.when() == null ? now.minus(DEFAULT_WINDOW) : f.when().from();
        Instant to = f.when() == null ? now : f.when().to();
        String last4 = f.card() == null ? null : f.card().last4();
        List<Transaction> hits = new ArrayList<>();
        ComplaintFacts.Amount amount = f.amount();
        if (amount != null && !amount.currencies().isEmpty()) {
            for (String currency : amount.currencies()) {
                Money m = amount.in(currency);
                if (m != null) {
                    hits.addAll(g.search(new SearchCriteria(f.shop(), m, from, to, last4)));
                }
            }
        }
        String described = describe(f, from, to);
        if (hits.isEmpty()) {
            // without the amount: it may be in other units than the complaint says (a module's mistake);
            // ranking then keeps only amounts equal or off by a units factor
            hits.addAll(g.search(new SearchCriteria(f.shop(), null, from, to, last4)));
        }
        List<Candidate> ranked = rank(hits, f, null);
        if (ranked.isEmpty()) {
            tried.add("no transaction on gateway " + g.name() + " matches " + described);
            return new Outcome(g, By.SEARCH, null, List.of(), tried, notFound);
        }
        tried.add(ranked.size() + (ranked.size() == 1 ? " transaction" : " transactions") + " on gateway " + g.name()
                + " match " + described);
        if (ranked.size() == 1) {
            Transaction tx = ranked.get(0).transaction();
            return new Outcome(g, By.SEARCH, new Lookup.Found(tx.id(), false, List.of(tx)), ranked, tried, notFound);
        }
        return several(g, By.SEARCH, ranked.stream().map(Candidate::transaction).toList(), f, tried);
    }

    /** Several matches: one order's attempts are one case; otherwise a ranked list. */
    private Outcome several(Gateway g, By by, List<Transaction> txs, ComplaintFacts f, List<String> tried) {
        String order = txs.get(0).orderId();
        if (order != null && txs.stream().allMatch(t -> order.equals(t.orderId()))) {
            Lookup.Found attempts = Lookup.find(g, order, true);
            if (!attempts.isEmpty()) {
                // the case shows the order's attempts itself
                return new Outcome(g, by, pickAttempt(attempts, f), List.of(), tried, null);
            }
        }
        return new Outcome(g, by, null, rank(txs, f, by == By.SEARCH ? null : "named in the complaint"), tried, null);
    }

    /** Of an order's attempts, the one the complaint's card ending points to comes first; else the latest. */
    private static Lookup.Found pickAttempt(Lookup.Found found, ComplaintFacts f) {
        if (f.card() == null || found.matches().size() < 2) {
            return found;
        }
        List<Transaction> same = found.matches().stream()
                .filter(t -> t.card() != null && f.card().last4().equals(t.card().last4())).toList();
        if (same.size() != 1 || same.get(0) == found.primary()) {
            return found;
        }
        List<Transaction> reordered = new ArrayList<>(same);
        found.matches().stream().filter(t -> t != same.get(0)).forEach(reordered::add);
        return new Lookup.Found(found.ref(), found.byOrder(), reordered);
    }

    /**
     * Ranks transactions by fit. A search hit that contradicts the complaint is dropped; one the
     * complaint pointed to ({@code kept} says how) stays, with that as its first reason.
     */
    static List<Candidate> rank(List<Transaction> txs, ComplaintFacts f, String kept) {
        List<Candidate> out = new ArrayList<>();
        for (Transaction t : txs.stream().distinct().toList()) {
            Candidate c = CandidateScore.of(t, f);
            if (kept != null && (c == null || c.why().isEmpty())) {
                List<String> why = new ArrayList<>(List.of(kept));
                why.addAll(c == null ? List.of() : c.why());
                c = new Candidate(t, c == null ? 0 : c.score(), why);
            }
            if (c != null && out.stream().noneMatch(o -> o.transaction().id().equals(t.id()))) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparing(c -> c.transaction().createdAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    private static String describe(ComplaintFacts f, Instant from, Instant to) {
        List<String> bits = new ArrayList<>();
        if (f.shop() != null) {
            bits.add("shop " + f.shop());
        }
        if (f.amount() != null) {
            bits.add(f.amount().value().toPlainString() + (f.amount().currencies().isEmpty() ? ""
                    : " " + String.join("/", f.amount().currencies())));
        }
        if (f.card() != null) {
            bits.add("card ending " + f.card().last4());
        }
        bits.add("between " + from.truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " and "
                + to.truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
        return String.join(", ", bits.stream().filter(Objects::nonNull).toList());
    }
}
