package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Many distinct cards failing at one shop with the same code in a short window is the shop's,
 * acquirer's or gateway's problem, not each payer's. Works on any list of transactions: a shop's
 * recent transactions for one case, or all rows of a bulk run for a report.
 */
public final class ManyCards {

    /** Failures of one shop with one code inside one window, from at least the threshold of distinct cards. */
    public record Cluster(String shop, Code code, Set<String> cards, List<String> transactionIds, Instant first,
            Instant last) {

        public Cluster {
            cards = Set.copyOf(cards);
            transactionIds = List.copyOf(transactionIds);
        }

        /** The sentence for the evidence. */
        public String evidence() {
            long minutes = first == null || last == null ? 0 : Duration.between(first, last).toMinutes();
            return cards.size() + " different cards failed at " + (shop == null ? "this shop" : "shop " + shop)
                    + " with " + code + " within " + Math.max(minutes, 1) + " minutes ("
                    + String.join(", ", transactionIds.subList(0, Math.min(5, transactionIds.size())))
                    + (transactionIds.size() > 5 ? ", …" : "") + "): the cause is not one payer's card";
        }
    }

    private final int minDistinctCards;
    private final Duration window;

    public ManyCards(int minDistinctCards, Duration window) {
        if (minDistinctCards < 2) {
            throw new IllegalArgumentException("many cards needs at least 2 distinct cards");
        }
        this.minDistinctCards = minDistinctCards;
        this.window = window;
    }

    public static ManyCards defaults() {
        return new ManyCards(3, Duration.ofHours(2));
    }

    public int minDistinctCards() {
        return minDistinctCards;
    }

    public Duration window() {
        return window;
    }

    /** Every cluster in a list of transactions (a bulk run, a report), grouped by shop and primary code. */
    public List<Cluster> clusters(List<Transaction> transactions) {
        Map<List<Object>, List<Transaction>> groups = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            Code code = primaryCode(t);
            if (code != null && t.status().isFinalFailure()) {
                groups.computeIfAbsent(java.util.Arrays.asList(t.shop(), code), k -> new ArrayList<>()).add(t);
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Transaction> group : groups.values()) {
            group.sort(Comparator.comparing(Transaction::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
            int start = 0;
            while (start < group.size()) {
                int end = start;
                while (end + 1 < group.size() && within(group.get(start), group.get(end + 1))) {
                    end++;
                }
                List<Transaction> span = group.subList(start, end + 1);
                if (distinctCards(span).size() >= minDistinctCards) {
                    // extend while the next failure is within the window of the last one: one incident, one cluster
                    while (end + 1 < group.size() && within(group.get(end), group.get(end + 1))) {
                        end++;
                    }
                    out.add(cluster(group.subList(start, end + 1)));
                    start = end + 1;
                } else {
                    start++;
                }
            }
        }
        return out;
    }

    /** The cluster the case's transaction belongs to among the shop's recent transactions, if any. */
    public Optional<Cluster> around(Transaction tx, List<Transaction> shopRecent) {
        Code code = primaryCode(tx);
        if (code == null || shopRecent.isEmpty()) {
            return Optional.empty();
        }
        List<Transaction> same = new ArrayList<>();
        same.add(tx);
        shopRecent.stream()
                .filter(o -> !o.id().equals(tx.id()))
                .filter(o -> o.status().isFinalFailure())
                .filter(o -> o.decline() != null && o.decline().codes().contains(code))
                .filter(o -> within(o, tx))
                .forEach(same::add);
        if (distinctCards(same).size() < minDistinctCards) {
            return Optional.empty();
        }
        same.sort(Comparator.comparing(Transaction::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        return Optional.of(cluster(same));
    }

    private Cluster cluster(List<Transaction> span) {
        Transaction first = span.get(0);
        return new Cluster(first.shop(), primaryCode(first), distinctCards(span),
                span.stream().map(Transaction::id).toList(), first.createdAt(), span.get(span.size() - 1).createdAt());
    }

    private static Code primaryCode(Transaction t) {
        return t.decline() == null || t.decline().codes().isEmpty() ? null : t.decline().codes().get(0);
    }

    /** A card is its BIN and last four; a transaction without card data counts as its own card. */
    private static Set<String> distinctCards(List<Transaction> txs) {
        Set<String> cards = new LinkedHashSet<>();
        for (Transaction t : txs) {
            cards.add(t.card() == null || t.card().last4() == null ? "tx " + t.id()
                    : Objects.toString(t.card().bin(), "") + "…" + t.card().last4());
        }
        return cards;
    }

    private boolean within(Transaction a, Transaction b) {
        if (a.createdAt() == null || b.createdAt() == null) {
            return true;
        }
        return Duration.between(a.createdAt(), b.createdAt()).abs().compareTo(window) <= 0;
    }
}
