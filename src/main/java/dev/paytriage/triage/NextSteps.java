package dev.paytriage.triage;

import dev.paytriage.model.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's next steps for a verdict: the row's step with the case's own details filled in, the
 * off-hours escalation when the acquirer's desk is closed, the retry advice, and the scheme's rule.
 */
final class NextSteps {
    private final TriageSettings settings;
    private final WorkingHours hours;

    NextSteps(TriageSettings settings, WorkingHours hours) {
        this.settings = settings;
        this.hours = hours;
    }

    List<String> of(Case c, Facts facts, Row row, String retry, SchemeAdvice.Advice scheme) {
        Map<String, String> values = values(c);
        List<String> next = new ArrayList<>();
        next.add(StepText.fill(row.nextStep(), values));
        if (facts.has("off_hours") && row.offHoursStep() != null) {
            next.add(StepText.fill(row.offHoursStep(), values));
        }
        String advice = RetryAdvice.text(retry, c.transaction().status());
        // A row that already says "do not pay again" needs no second sentence saying it.
        boolean said = next.get(0).toLowerCase(java.util.Locale.ROOT).contains("pay again");
        if (advice != null && !(said && advice.contains("pay for this order again"))) {
            next.add(advice);
        }
        next.addAll(scheme.steps());
        return List.copyOf(new java.util.LinkedHashSet<>(next));
    }

    Map<String, String> values(Case c) {
        Transaction tx = c.transaction();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", tx.id());
        v.put("order", tx.orderId() == null ? "(no order id)" : tx.orderId());
        v.put("shop", tx.shop() == null ? "the shop" : tx.shop());
        v.put("amount", tx.amount() == null ? "the amount" : tx.amount().display());
        v.put("acquirer", acquirer(tx));
        v.put("gateway", tx.gateway() == null ? "the gateway" : tx.gateway());
        v.put("code", tx.decline() == null || tx.decline().codes().isEmpty() ? "no code"
                : tx.decline().codes().get(0).toString());
        v.put("card", tx.card() == null ? "the card" : tx.card().shortLabel());
        v.put("created", tx.createdAt() == null ? "at an unknown time" : hours.describe(tx.createdAt()));
        v.put("now", hours.describe(c.now()));
        String rrn = tx.processing() == null ? null : tx.processing().rrn();
        v.put("rrn", rrn == null ? "(the gateway gave no RRN: ask its support for it)" : rrn);
        java.time.Instant paid = tx.paidAt() != null ? tx.paidAt() : tx.createdAt();
        v.put("settlement_due", paid == null ? "the next working day after the payment"
                : SettlementCalendar.due(paid, settings.zone()).toString());
        return v;
    }

    private String acquirer(Transaction tx) {
        String route = tx.processing() == null ? null : tx.processing().route();
        if (route != null) {
            String known = settings.acquirers().get(route);
            return known != null ? known + " (acquirer connection " + route + ")"
                    : "the acquirer behind connection " + route
                            + " (its name is in the shop's gateway settings; add it under triage.acquirers)";
        }
        if ("stripe".equals(tx.gatewayType())) {
            return "Stripe (it acts as the acquirer)";
        }
        return "the shop's acquirer (the gateway did not say which connection)";
    }
}
