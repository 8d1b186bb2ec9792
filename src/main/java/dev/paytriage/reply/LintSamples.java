package dev.paytriage.reply;

import dev.paytriage.EditDistance;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.Party;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import dev.paytriage.triage.Row;
import dev.paytriage.triage.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sample cases templates lint renders, and the names a template may use. */
final class LintSamples {
    private static final Instant SAMPLE_TIME = Instant.parse("2026-11-20T21:14:03Z");

    private LintSamples() {}

    /** One verdict per party a family is used with (from the triage rows), each also as a confidential one. */
    static List<Verdict> samples(String family, Collection<Row> rows) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (family.equals(r.family())) {
                out.putIfAbsent(r.party().wire() + "/" + r.confidential(), verdict(family, r.party(), r.confidential()));
            }
        }
        if (out.isEmpty()) {
            out.put("undetermined/false", verdict(family, Party.UNDETERMINED, false));
        }
        for (Verdict v : List.copyOf(out.values())) {
            out.putIfAbsent(v.party().wire() + "/true", verdict(family, v.party(), true));
        }
        return List.copyOf(out.values());
    }

    static Verdict verdict(String family, Party party, boolean confidential) {
        return new Verdict(party, null, "sample_reason", Confidence.HIGH, "Sample summary of the reason.",
                List.of("sample evidence line"), List.of("Sample next step for the agent."), family, "later",
                confidential, "templates lint sample");
    }

    static List<Transaction> transactions(String family) {
        List<Transaction> txs = new ArrayList<>();
        txs.add(sampleTx("module_currency".equals(family) ? "BYR" : "BYN"));
        txs.add(new Transaction("lint-sparse-0002", "sandbox", "sample", TxType.PAYOUT, TxStatus.FAILED, null, null,
                null, null, null, null, null, null, null, null, null, false, null));
        if ("undetermined".equals(family)) {
            txs.add(null);
        }
        return txs;
    }

    static Transaction sampleTx(String currency) {
        return new Transaction("lint-4f9a1c2b7e", "sandbox", "sample", TxType.PAYMENT, TxStatus.FAILED,
                new Money("BYR".equals(currency) ? 459000 : 123450, currency), SAMPLE_TIME, null, "Sample Shop",
                "ORD-1001", null, "Sample order", new Card("visa", "420000", "4821", "BY", "Sample Bank"),
                new Decline("issuer", "51", "Sample gateway message", List.of(new Code("iso8583", "51"))),
                null, null, false, null);
    }

    static List<Transaction> attempts(Transaction tx) {
        List<Transaction> all = new ArrayList<>();
        all.add(tx);
        for (int i = 1; i <= 2; i++) {
            all.add(new Transaction(tx.id() + "-" + i, tx.gateway(), tx.gatewayType(), tx.type(), TxStatus.FAILED,
                    tx.amount(), tx.createdAt() == null ? null : tx.createdAt().minusSeconds(600L * i), null, tx.shop(),
                    tx.orderId(), null, null, tx.card(), tx.decline(), null, null, false, null));
        }
        return all;
    }

    static String didYouMean(String name, Set<String> known) {
        List<String> close = known.stream().filter(k -> !k.startsWith("-"))
                .filter(k -> EditDistance.between(name, k) <= Math.max(2, name.length() / 4))
                .sorted(Comparator.comparingInt((String k) -> EditDistance.between(name, k)).thenComparing(k -> k))
                .limit(3).toList();
        return close.isEmpty() ? " (see the variables in the bundled templates: 'paytriage templates show en/layout/note')"
                : " (did you mean " + String.join(", ", close) + "?)";
    }

    /** Every name and dotted path a map offers: "tx", "tx.card", "tx.type_is.payout", … */
    static void paths(String prefix, Map<?, ?> map, Set<String> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = prefix + e.getKey();
            out.add(name);
            if (e.getValue() instanceof Map<?, ?> inner) {
                paths(name + ".", inner, out);
            }
        }
    }

}
