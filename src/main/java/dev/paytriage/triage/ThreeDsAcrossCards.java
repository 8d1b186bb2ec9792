package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pattern: 3-D Secure failing the same way for several different cards at one shop within the
 * many-cards window. One payer mistyping a code is theirs; many cards of many banks failing alike is
 * the shop's 3-D Secure set-up or the gateway's 3-D Secure server. Unlike {@link ManyCards} it counts
 * failures whose code alone would blame each payer (F.4001, "authentication failed").
 */
final class ThreeDsAcrossCards implements FactSource {
    private final ManyCards manyCards;

    ThreeDsAcrossCards(ManyCards manyCards) {
        this.manyCards = manyCards;
    }

    @Override
    public void collect(Case c, Facts.Builder f) {
        Transaction tx = c.transaction();
        String way = way(tx);
        if (way == null || c.shopRecent().isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        Set<String> cards = new LinkedHashSet<>();
        ids.add(tx.id());
        cards.add(card(tx));
        for (Transaction o : c.shopRecent()) {
            if (!o.id().equals(tx.id()) && way.equals(way(o)) && Objects.equals(o.shop(), tx.shop()) && near(o, tx)) {
                ids.add(o.id());
                cards.add(card(o));
            }
        }
        if (cards.size() >= manyCards.minDistinctCards()) {
            f.put("3ds_failing_many_cards", cards.size() + " different cards failed 3-D Secure the same way ("
                    + way + ") at " + (tx.shop() == null ? "this shop" : "shop " + tx.shop()) + " ("
                    + String.join(", ", ids.subList(0, Math.min(5, ids.size()))) + (ids.size() > 5 ? ", …" : "")
                    + "): the cause is not one payer's confirmation");
        }
    }

    /** How a transaction failed 3-D Secure: its first code, else the 3-D Secure fail reason; null when it did not. */
    static String way(Transaction t) {
        boolean failed = t.status().isFinalFailure() || t.status() == TxStatus.INCOMPLETE;
        boolean threeDs = t.threeDSecure() != null && ("failed".equalsIgnoreCase(t.threeDSecure().status())
                || "error".equalsIgnoreCase(t.threeDSecure().status()))
                || t.decline() != null && "3ds".equals(t.decline().source());
        if (!failed || !threeDs) {
            return null;
        }
        if (t.decline() != null && !t.decline().codes().isEmpty()) {
            return t.decline().codes().get(0).toString();
        }
        String reason = t.threeDSecure() == null ? null : t.threeDSecure().failReason();
        return reason != null ? "3-D Secure: " + reason : "3-D Secure failed";
    }

    private static String card(Transaction t) {
        return t.card() == null || t.card().last4() == null ? "tx " + t.id()
                : Objects.toString(t.card().bin(), "") + "…" + t.card().last4();
    }

    private boolean near(Transaction a, Transaction b) {
        return a.createdAt() == null || b.createdAt() == null
                || Duration.between(a.createdAt(), b.createdAt()).abs().compareTo(manyCards.window()) <= 0;
    }
}
