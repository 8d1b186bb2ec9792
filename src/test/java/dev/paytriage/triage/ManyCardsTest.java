package dev.paytriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.model.Transaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The many-cards detector over any list of transactions: one case's shop history, or a bulk run's rows. */
class ManyCardsTest {
    final ManyCards detector = new ManyCards(3, Duration.ofHours(2));

    static Transaction tx(String uid, String shop, String code, String at, String last4) {
        ObjectNode with = CaseBuilder.JSON.createObjectNode();
        with.put("uid", uid).put("shop_id", shop).put("code", code).put("created_at", at);
        with.putObject("payment_method").put("last_4", last4);
        return CaseBuilder.transaction("begateway_v3", with);
    }

    @Test
    void finds_one_cluster_per_shop_and_code_across_rows() {
        List<Transaction> rows = List.of(
                tx("a1", "10", "F.0105", "2026-11-20T19:00:00Z", "1111"),
                tx("a2", "10", "F.0105", "2026-11-20T19:20:00Z", "2222"),
                tx("b1", "20", "F.0105", "2026-11-20T19:25:00Z", "3333"),
                tx("a3", "10", "F.0105", "2026-11-20T19:40:00Z", "3333"),
                tx("a4", "10", "F.0105", "2026-11-20T21:00:00Z", "4444"),
                tx("a5", "10", "F.0114", "2026-11-20T19:30:00Z", "5555"),
                tx("c1", "30", "F.0106", "2026-11-20T01:00:00Z", "6666"),
                tx("c2", "30", "F.0106", "2026-11-20T09:00:00Z", "7777"),
                tx("c3", "30", "F.0106", "2026-11-20T17:00:00Z", "8888"));

        List<ManyCards.Cluster> clusters = detector.clusters(rows);

        assertThat(clusters).hasSize(1);
        ManyCards.Cluster c = clusters.get(0);
        assertThat(c.shop()).isEqualTo("10");
        assertThat(c.code().toString()).isEqualTo("begateway:F.0105");
        assertThat(c.transactionIds()).as("a4 is within the window of a3, so the incident goes on")
                .containsExactly("a1", "a2", "a3", "a4");
        assertThat(c.cards()).hasSize(4);
        assertThat(c.evidence()).startsWith("4 different cards failed at shop 10 with begateway:F.0105 within 120 minutes");
    }

    @Test
    void the_same_card_failing_again_is_one_card() {
        List<Transaction> rows = List.of(
                tx("a1", "10", "F.0105", "2026-11-20T19:00:00Z", "1111"),
                tx("a2", "10", "F.0105", "2026-11-20T19:01:00Z", "1111"),
                tx("a3", "10", "F.0105", "2026-11-20T19:02:00Z", "1111"),
                tx("a4", "10", "F.0105", "2026-11-20T19:03:00Z", "2222"));
        assertThat(detector.clusters(rows)).isEmpty();
    }

    @Test
    void around_a_case_counts_the_case_itself_and_only_same_code_failures_in_the_window() {
        Transaction mine = tx("m", "10", "F.0105", "2026-11-20T19:30:00Z", "9999");
        List<Transaction> recent = List.of(
                tx("a1", "10", "F.0105", "2026-11-20T19:00:00Z", "1111"),
                tx("a2", "10", "F.0114", "2026-11-20T19:10:00Z", "2222"),
                tx("a3", "10", "F.0105", "2026-11-20T15:00:00Z", "3333"));
        assertThat(detector.around(mine, recent)).isEmpty();

        List<Transaction> more = new java.util.ArrayList<>(recent);
        more.add(tx("a4", "10", "F.0105", "2026-11-20T19:20:00Z", "4444"));
        assertThat(detector.around(mine, more)).get().extracting(ManyCards.Cluster::transactionIds)
                .isEqualTo(List.of("a1", "a4", "m"));
    }
}
