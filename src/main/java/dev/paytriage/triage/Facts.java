package dev.paytriage.triage;

import dev.paytriage.model.Audience;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named facts about a case, each with the sentence an agent can paste into an escalation. The
 * situation tables refer to facts by name; the {@link FactSource}s compute them, one concern each.
 */
public final class Facts {

    /** Known fact names, so a table that names an unknown fact fails at load time. */
    public static final Set<String> NAMES = Set.of(
            "withdrawn_currency", "unknown_currency", "amount_units_mismatch", "test_mode", "duplicate_in_order",
            "settled", "refunded", "hold_voided", "hold_expired", "reversed_after_approval",
            "risk_blocked", "risk_volume_limit", "risk_block_list", "risk_owner_merchant", "risk_owner_gateway",
            "not_sent_to_network", "3ds_pending", "3ds_failed", "stale_pending", "earlier_attempt_failed", "failed_attempt_may_hold",
            "many_cards_failing", "has_decline_code", "has_known_message", "off_hours", "settlement_overdue",
            "apm_awaiting_payer", "apm_expired_unpaid", "payout_sent", "3ds_failing_many_cards");

    /** Collects facts; refuses a name the tables could not refer to. */
    static final class Builder {
        private final Map<String, String> facts = new LinkedHashMap<>();

        void put(String name, String sentence) {
            if (!NAMES.contains(name)) {
                throw new IllegalStateException("fact '" + name + "' is not in Facts.NAMES");
            }
            facts.put(name, sentence);
        }

        boolean has(String name) {
            return facts.containsKey(name);
        }
    }

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

    static Facts of(Case c, List<FactSource> sources) {
        Builder b = new Builder();
        for (FactSource s : sources) {
            s.collect(c, b);
        }
        return new Facts(b.facts);
    }

    static boolean payerComplains(Case c) {
        return c.audience() == Audience.PAYER;
    }
}
