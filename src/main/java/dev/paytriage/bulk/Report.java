package dev.paytriage.bulk;

import dev.paytriage.model.Transaction;
import dev.paytriage.triage.ManyCards;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The summary of a bulk run: verdicts by party and by reason, failures by kind, and what looks like an
 * incident — many different cards failing at one shop with one code in a short window, or one shop
 * collecting verdicts that are never the payer's (a limit, its module, its acquirer).
 */
public record Report(
        int rows,
        Map<String, Integer> byStatus,
        Map<String, Integer> byParty,
        Map<String, Integer> byReason,
        Map<String, Integer> errorsByKind,
        List<Incident> incidents) {

    /** Something an agent should raise as one case, not answer row by row. */
    public record Incident(String kind, String shop, String what, int count, List<Integer> rows, String evidence) {}

    /** Parties whose repetition at one shop means the shop's set-up, not its customers. */
    static final Set<String> SHOP_SIDE = Set.of("acquirer", "limit_exceeded", "module_misconfigured", "merchant",
            "gateway");

    public static Report of(List<ResultRows.Row> rows, ManyCards manyCards, int shopThreshold) {
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byParty = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, List<Integer>> rowsOfTx = new LinkedHashMap<>();
        Map<List<String>, List<Integer>> shopSide = new LinkedHashMap<>();
        List<Transaction> found = new ArrayList<>();
        for (ResultRows.Row r : rows) {
            byStatus.merge(r.status(), 1, Integer::sum);
            if (r.party() != null) {
                byParty.merge(r.party() + (r.limit() == null ? "" : " (" + r.limit() + ")"), 1, Integer::sum);
                byReason.merge(r.reason(), 1, Integer::sum);
            }
            if (r.errorKind() != null && !"ok".equals(r.status())) {
                errors.merge(r.errorKind(), 1, Integer::sum);
            }
            Transaction t = r.transaction();
            if (t != null) {
                rowsOfTx.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(r.row());
                if (rowsOfTx.get(t.id()).size() == 1) {
                    found.add(t);
                }
                if (r.party() != null && SHOP_SIDE.contains(r.party()) && t.shop() != null) {
                    shopSide.computeIfAbsent(List.of(t.shop(), r.party(), r.reason()), k -> new ArrayList<>())
                            .add(r.row());
                }
            }
        }
        List<Incident> incidents = new ArrayList<>();
        for (ManyCards.Cluster c : manyCards.clusters(found)) {
            List<Integer> clusterRows = c.transactionIds().stream().flatMap(id -> rowsOfTx.getOrDefault(id, List.of())
                    .stream()).sorted().toList();
            incidents.add(new Incident("many_cards", c.shop(), c.code().toString(), c.cards().size(), clusterRows,
                    c.evidence()));
        }
        shopSide.forEach((key, shopRows) -> {
            if (shopRows.size() >= shopThreshold) {
                incidents.add(new Incident("shop_side", key.get(0), key.get(1) + ": " + key.get(2), shopRows.size(),
                        shopRows, shopRows.size() + " rows at shop " + key.get(0) + " end in " + key.get(1) + " ("
                                + key.get(2) + "): one problem of the shop's set-up, raise it once"));
            }
        });
        incidents.sort(Comparator.comparingInt(Incident::count).reversed().thenComparing(Incident::shop,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return new Report(rows.size(), byStatus, sortedByCount(byParty), sortedByCount(byReason), errors,
                List.copyOf(incidents));
    }

    private static Map<String, Integer> sortedByCount(Map<String, Integer> m) {
        return m.entrySet().stream()
                .filter(e -> e.getKey() != null)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    public int count(String status) {
        return Objects.requireNonNullElse(byStatus.get(status), 0);
    }
}
