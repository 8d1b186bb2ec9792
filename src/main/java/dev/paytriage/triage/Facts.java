package dev.paytriage.triage;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Currencies;
import dev.paytriage.model.Money;
import dev.paytriage.model.RiskCheck;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named facts about a case, each with the sentence an agent can paste into an escalation. The
 * situation tables refer to facts by name; this class is the only place that computes them.
 */
public final class Facts {

    /** Known fact names, so a table that names an unknown fact fails at load time. */
    public static final Set<String> NAMES = Set.of(
            "withdrawn_currency", "amount_units_mismatch", "test_mode", "duplicate_in_order", "settled",
            "risk_blocked", "risk_volume_limit", "risk_block_list", "risk_owner_merchant", "risk_owner_gateway",
            "not_sent_to_network", "3ds_pending", "3ds_failed", "stale_pending", "earlier_attempt_failed",
            "many_cards_failing", "has_decline_code");

    static final Duration PENDING_TOO_LONG = Duration.ofMinutes(15);
    static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

    private final Map<String, String> facts;

    private Facts(Map<String, String> facts) {
        this.facts = Collections.unmodifiableMap(facts);
    }

    public boolean has(String name) {
        return facts.containsKey(name);
    }

    /** The evidence sentence for a fact that holds. */
    public String evidence(String name) {
        return facts.get(name);
    }

    public Set<String> names() {
        return facts.keySet();
    }

    public static Facts of(Case c, ManyCards manyCards) {
        Transaction tx = c.transaction();
        Map<String, String> f = new LinkedHashMap<>();
        Money amount = tx.amount();
        if (amount != null) {
            Currencies.Replacement r = Currencies.withdrawn(amount.currency());
            if (r != null) {
                f.put("withdrawn_currency", "the request used currency " + r.withdrawn() + ", withdrawn on " + r.since()
                        + " and replaced by " + r.current()
                        + (r.factor() > 0 ? " (1 " + r.current() + " = " + r.factor() + " " + r.withdrawn() + ")" : ""));
            }
            String units = AmountUnits.mismatch(c.claimedAmount(), amount);
            if (units != null) {
                f.put("amount_units_mismatch", units);
            }
        }
        if (tx.test()) {
            f.put("test_mode", "the transaction was made in test mode (test: true), so no real money moved");
        }
        duplicate(c).ifPresent(d -> f.put("duplicate_in_order", d));
        if (tx.raw() != null && tx.raw().hasNonNull("settled_at")) {
            f.put("settled", "the gateway shows the payment as settled at " + tx.raw().get("settled_at").asText());
        }
        RiskCheck risk = tx.risk();
        if (risk != null && risk.blocked()) {
            f.put("risk_blocked", "the " + risk.engine() + " anti-fraud check " + risk.status()
                    + (risk.message() == null ? "" : " (\"" + risk.message() + "\")"));
            if (risk.volumeLimitExceeded()) {
                f.put("risk_volume_limit", "the " + risk.engine() + " limit check says the shop's volume limit is exceeded");
            }
            if (risk.blockListed()) {
                f.put("risk_block_list", "a value of this payment (card, e-mail or IP) is on the shop's block list");
            }
            if ("merchant".equals(risk.owner())) {
                f.put("risk_owner_merchant", "the rule that fired belongs to the shop"
                        + (risk.rule() == null ? "" : ": " + risk.rule()));
            }
            if ("gateway".equals(risk.owner())) {
                f.put("risk_owner_gateway", "the rule that fired is the gateway's own"
                        + (risk.riskLevel() == null ? "" : " (risk level " + risk.riskLevel() + ")"));
            }
        }
        if (risk != null && Boolean.FALSE.equals(risk.sentToNetwork())) {
            f.put("not_sent_to_network", "the payment was never sent to the card network, so the issuer never saw it");
        }
        if (tx.threeDSecure() != null) {
            String s = tx.threeDSecure().status();
            if ("pending".equalsIgnoreCase(s) || tx.status() == TxStatus.INCOMPLETE) {
                f.put("3ds_pending", "3-D Secure was started but the payer never finished it");
            } else if ("failed".equalsIgnoreCase(s)) {
                f.put("3ds_failed", "3-D Secure authentication failed"
                        + (tx.threeDSecure().failReason() == null ? "" : ": " + tx.threeDSecure().failReason()));
            }
        } else if (tx.status() == TxStatus.INCOMPLETE) {
            f.put("3ds_pending", "the payment waits for the payer to confirm it (3-D Secure or another step)");
        }
        if ((tx.status() == TxStatus.PENDING || tx.status() == TxStatus.UNKNOWN) && tx.createdAt() != null
                && Duration.between(tx.createdAt(), c.now()).compareTo(PENDING_TOO_LONG) > 0) {
            f.put("stale_pending", "the status is still " + tx.status().wire() + " "
                    + Duration.between(tx.createdAt(), c.now()).toMinutes() + " minutes after creation");
        }
        long failedBefore = c.sameOrder().stream()
                .filter(o -> !o.id().equals(tx.id()) && o.status().isFinalFailure()).count();
        if (failedBefore > 0 && tx.status() == TxStatus.SUCCESSFUL) {
            f.put("earlier_attempt_failed", failedBefore + " earlier attempt(s) for this order failed; this one succeeded");
        }
        if (tx.decline() != null && !tx.decline().codes().isEmpty()) {
            f.put("has_decline_code", "codes reported: " + tx.decline().codes().stream()
                    .map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (manyCards != null) {
            manyCards.check(c).ifPresent(s -> f.put("many_cards_failing", s));
        }
        return new Facts(f);
    }

    private static java.util.Optional<String> duplicate(Case c) {
        Transaction tx = c.transaction();
        if (tx.status() != TxStatus.SUCCESSFUL || tx.orderId() == null) {
            return java.util.Optional.empty();
        }
        return c.sameOrder().stream()
                .filter(o -> !o.id().equals(tx.id()))
                .filter(o -> o.status() == TxStatus.SUCCESSFUL)
                .filter(o -> o.type() == TxType.PAYMENT || o.type() == TxType.CAPTURE)
                .filter(o -> Objects.equals(o.amount(), tx.amount()))
                .filter(o -> o.createdAt() == null || tx.createdAt() == null
                        || Duration.between(o.createdAt(), tx.createdAt()).abs().compareTo(DUPLICATE_WINDOW) < 0)
                .findFirst()
                .map(o -> "order " + tx.orderId() + " was paid twice: " + o.id() + " and " + tx.id()
                        + " both succeeded for " + tx.amount().display()
                        + (o.createdAt() != null && tx.createdAt() != null
                                ? ", " + Duration.between(o.createdAt(), tx.createdAt()).abs().toSeconds()
                                        + " s apart" : ""));
    }

    static boolean payerComplains(Case c) {
        return c.audience() == Audience.PAYER;
    }
}
