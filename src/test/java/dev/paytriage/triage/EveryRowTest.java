package dev.paytriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Code;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every row of the code tables and every message pattern is for: a payment that fails with that
 * code (or that message) — written in the gateway's own answer and read through its adapter, as
 * {@link CaseBuilder} does — is decided by that row. A row the adapter never tags is unreachable; a row
 * a higher-precedence rule (a situation, an earlier row) takes first is shadowed. The verdict's contents
 * are the row's by construction and are not restated here; TriageCasesTest judges them.
 *
 * <p>Rows that are there to explain a code rather than to decide (S.0000: nothing failed; codes of a
 * payment still in progress, which the status rules answer) are listed in {@link #EXPLAIN_ONLY} with the
 * rule that answers them; the list must stay exact.
 */
class EveryRowTest {
    static final CodeTables TABLES = CodeTables.bundled();
    static final TriageEngine ENGINE = new TriageEngine(TABLES, TriageSettings.defaults());
    static final Instant NOW = Instant.parse("2026-11-20T10:01:00Z");

    /**
     * Rows no failing payment is decided by, and what answers such a payment instead: they are there for
     * {@code explain} and the evidence. A row that starts deciding must leave this list.
     */
    static final Map<String, String> EXPLAIN_ONLY = new TreeMap<>(Map.ofEntries(
            // a success carries no decline: the row explains the code
            Map.entry("begateway:S.0000", "unreachable"),
            // a payment still being processed is answered by its status, whatever its P code
            Map.entry("begateway:P.0001", "shadowed by outcome in_progress"),
            Map.entry("begateway:P.0002", "shadowed by outcome in_progress"),
            Map.entry("begateway:P.0220", "shadowed by outcome in_progress"),
            Map.entry("begateway:P.0619", "shadowed by outcome in_progress"),
            Map.entry("begateway:P.0620", "shadowed by outcome in_progress"),
            Map.entry("begateway:P.1019", "shadowed by outcome in_progress"),
            Map.entry("begateway:P.9999", "shadowed by outcome in_progress"),
            // incomplete, waiting for the payer's 3-D Secure: the situation has the payer's next step
            Map.entry("begateway:P.9998", "shadowed by outcome three_ds_not_completed"),
            // a Radar block is judged by who owns the rule (RiskOutcome), not by the outcome type
            Map.entry("stripe_outcome:blocked", "shadowed by outcome gateway_risk_rule")));

    /** One table row as a payment: the case, and the code it must be decided by. */
    record Probe(Code code, Transaction tx) {}

    /** A payment failing with one code, in the answer its gateway gives (see the namespace's comment). */
    static Probe probe(String namespace, String key) {
        ObjectNode with = CaseBuilder.JSON.createObjectNode();
        String shape;
        switch (namespace) {
            case "begateway" -> {
                // API v3: the code's letter says the status (S successful, F failed, P in progress, E error)
                shape = "begateway_v3";
                String status = switch (key.charAt(0)) {
                    case 'S' -> "successful";
                    case 'P' -> key.equals("P.9998") ? "incomplete" : "pending";
                    case 'E' -> "error";
                    default -> "failed";
                };
                with.put("code", key).put("status", status).putObject("transaction").put("status", status);
            }
            case "iso8583" -> {
                // API v2: the acquirer's response code as bank_code, live
                shape = "begateway_v2";
                with.putObject("payment").put("bank_code", key);
            }
            case "network" -> {
                // a Stripe charge declined by the network with only its raw code to go on
                shape = "stripe_charge";
                with.putNull("failure_code").putNull("failure_message").putObject("outcome")
                        .put("network_decline_code", key).putNull("seller_message");
            }
            case "stripe" -> {
                shape = "stripe_pi";
                with.putObject("last_payment_error").put("decline_code", key).putNull("code");
            }
            case "stripe_cancellation" -> {
                shape = "stripe_pi";
                with.put("status", "canceled").put("cancellation_reason", key).putNull("last_payment_error");
            }
            case "stripe_advice" -> {
                shape = "stripe_pi";
                with.putObject("last_payment_error").putNull("code").putNull("message").put("advice_code", key);
            }
            case "network_advice" -> {
                // Mastercard's merchant advice codes: on a Mastercard
                shape = "stripe_pi";
                ObjectNode error = with.putObject("last_payment_error").putNull("code").putNull("message")
                        .put("network_advice_code", key);
                error.putObject("payment_method").putObject("card").put("brand", "mastercard");
            }
            case "stripe_outcome" -> {
                shape = "stripe_charge";
                with.putNull("failure_code").putNull("failure_message").putObject("outcome").put("type", key)
                        .putNull("network_status").putNull("seller_message");
            }
            default -> throw new IllegalStateException("no gateway answer is known for namespace " + namespace
                    + ": teach EveryRowTest how an adapter reports it");
        }
        return new Probe(new Code(namespace, key), CaseBuilder.transaction(shape, with));
    }

    static Verdict decide(Transaction tx) {
        return ENGINE.decide(new Case(tx, List.of(), List.of(), Topic.PAYMENT_FAILED, Audience.PAYER, null, NOW));
    }

    /** What is wrong with one row, or null: unreachable, shadowed, or decided without naming its code. */
    static String problem(TriageEngine engine, String namespace, Row row) {
        Probe p = probe(namespace, row.key());
        if (!p.tx().hasCode(namespace, row.key())) {
            return p.code() + " is unreachable: the adapter does not report it (decline: " + p.tx().decline() + ")";
        }
        Verdict v = engine.decide(new Case(p.tx(), List.of(), List.of(), Topic.PAYMENT_FAILED, Audience.PAYER, null, NOW));
        String code = namespace + ":" + row.key();
        // the row decides as a code, or earlier as the gateway's verdict on the shop's own request (ShopRequestRule)
        if (!v.matched().equalsIgnoreCase("code " + code) && !v.matched().equalsIgnoreCase("request code " + code)) {
            return p.code() + " is shadowed by " + v.matched();
        }
        if (v.evidence().stream().noneMatch(e -> e.contains(row.key()) && e.contains(row.meaning()))) {
            return p.code() + " decided without its code and meaning in the evidence: " + v.evidence();
        }
        return null;
    }

    /** The tables and the namespaces their rows are reported in (Stripe's raw network code reads ISO 8583's rows). */
    static List<String[]> namespaces() {
        List<String[]> out = new ArrayList<>();
        for (CodeTables.Table t : TABLES.tables()) {
            out.add(new String[] {t.namespace(), t.namespace()});
        }
        out.add(new String[] {"network", "iso8583"});
        return out;
    }

    @TestFactory
    Stream<DynamicTest> every_row_decides_a_payment_that_fails_with_its_code() {
        return namespaces().stream().map(ns -> DynamicTest.dynamicTest(ns[0] + " (" + ns[1] + " rows)", () -> {
            List<String> problems = new ArrayList<>();
            for (Row row : TABLES.table(ns[1]).orElseThrow().rows().values()) {
                String problem = problem(ENGINE, ns[0], row);
                String name = ns[0] + ":" + row.key();
                if (EXPLAIN_ONLY.containsKey(name)) {
                    assertThat(problem).as(name + " is listed as explain-only but decides now: take it off the list")
                            .isNotNull().contains(EXPLAIN_ONLY.get(name));
                } else if (problem != null) {
                    problems.add(problem);
                }
            }
            assertThat(problems).as("rows of " + ns[1] + " that no failing payment reaches").isEmpty();
        }));
    }

    @Test
    void every_message_pattern_decides_a_payment_that_fails_with_its_example_and_no_code() {
        List<String> problems = new ArrayList<>();
        List<CodeTables.MessagePattern> patterns = TABLES.patterns();
        for (int i = 0; i < patterns.size(); i++) {
            CodeTables.MessagePattern p = patterns.get(i);
            ObjectNode with = CaseBuilder.JSON.createObjectNode().put("message", p.example());
            with.putObject("payment").put("message", p.example());
            Verdict v = decide(CaseBuilder.transaction("begateway_v2", with));
            if (!v.matched().equals("message /" + p.pattern().pattern() + "/")) {
                problems.add("pattern #" + (i + 1) + " (\"" + p.example() + "\") is shadowed by " + v.matched());
            } else if (v.confidence().ordinal() < dev.paytriage.model.Confidence.MEDIUM.ordinal()) {
                problems.add("pattern #" + (i + 1) + " decides with " + v.confidence() + " confidence: a message is never high");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void an_iso_code_on_a_visa_card_is_explained_with_visas_retry_category() {
        Verdict v = decide(probe("iso8583", "51").tx());

        assertThat(v.matched()).isEqualTo("code iso8583:51");
        assertThat(v.evidence()).anyMatch(e -> e.startsWith("Visa category "));
    }

    /** The check itself: a code no adapter reports, and a row a status rule answers first, are both found. */
    @Test
    void an_unreachable_or_a_shadowed_row_is_reported() {
        JsonNode overrides = CaseBuilder.JSON.createObjectNode().set("begateway", CaseBuilder.JSON.createObjectNode()
                .<ObjectNode>set("S.0777", row("A success code.")).set("P.0777", row("A payment still in progress.")));
        CodeTables tables = TABLES.withOverrides(overrides, "EveryRowTest");
        TriageEngine engine = new TriageEngine(tables, TriageSettings.defaults());

        assertThat(problem(engine, "begateway", tables.find(new Code("begateway", "S.0777")).orElseThrow()))
                .isEqualTo("begateway:S.0777 is unreachable: the adapter does not report it (decline: null)");
        assertThat(problem(engine, "begateway", tables.find(new Code("begateway", "P.0777")).orElseThrow()))
                .isEqualTo("begateway:P.0777 is shadowed by outcome in_progress");
        assertThat(problem(engine, "begateway", tables.find(new Code("begateway", "F.0105")).orElseThrow())).isNull();
    }

    private static ObjectNode row(String meaning) {
        return CaseBuilder.JSON.createObjectNode().put("meaning", meaning).put("party", "acquirer")
                .put("reason", "acquirer_error").put("family", "acquirer_outage").put("next_step", "Ask the acquirer.");
    }
}
