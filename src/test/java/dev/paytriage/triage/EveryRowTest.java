package dev.paytriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generated check over every row of every code table and every message pattern: a failed payment
 * carrying only that code (or only that message) gets its verdict from that very row — no row is
 * shadowed, and every row is reachable. Codes the adapters tag in another namespace (Stripe's raw
 * network code) are checked through that namespace too.
 */
class EveryRowTest {
    static final CodeTables TABLES = CodeTables.bundled();
    static final TriageEngine ENGINE = new TriageEngine(TABLES, TriageSettings.defaults());
    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    static Stream<Arguments> rows() {
        List<Arguments> out = new ArrayList<>();
        for (CodeTables.Table t : TABLES.tables()) {
            for (Row row : t.rows().values()) {
                out.add(Arguments.of(t.namespace(), row.key(), row));
                if (t.namespace().equals("iso8583")) {
                    out.add(Arguments.of("network", row.key(), row));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}:{1}")
    @MethodSource("rows")
    void a_payment_carrying_only_this_code_is_decided_by_its_row(String namespace, String key, Row row) {
        Code code = new Code(namespace, key);
        Transaction tx = failed(namespace, List.of(code), null);
        Verdict v = ENGINE.decide(new Case(tx, List.of(), List.of(), Topic.PAYMENT_FAILED, Audience.PAYER, null,
                CREATED.plusSeconds(60)));

        assertThat(v.matched()).as("rule for " + code).endsWith("code " + code);
        assertThat(v.party()).isEqualTo(row.party());
        assertThat(v.limit()).isEqualTo(row.limit());
        assertThat(v.reason()).isEqualTo(row.reason());
        assertThat(v.confidential()).isEqualTo(row.confidential());
        assertThat(v.evidence()).anyMatch(e -> e.contains(row.meaning()));
        if (tx.card().brand().equals("visa") && TABLES.tableNamespace(namespace).equals("iso8583")) {
            assertThat(v.evidence()).as("Visa category beside " + code).anyMatch(e -> e.startsWith("Visa category "));
        }
    }

    static Stream<Arguments> patterns() {
        List<CodeTables.MessagePattern> all = TABLES.patterns();
        return java.util.stream.IntStream.range(0, all.size())
                .mapToObj(i -> Arguments.of(i + 1, all.get(i).example(), all.get(i)));
    }

    @ParameterizedTest(name = "pattern #{0}: {1}")
    @MethodSource("patterns")
    void a_payment_with_only_this_message_is_decided_by_its_pattern(int n, String example,
            CodeTables.MessagePattern p) {
        Transaction tx = failed("none", List.of(), example);
        Verdict v = ENGINE.decide(Case.of(tx, Topic.PAYMENT_FAILED, Audience.PAYER));

        assertThat(v.matched()).isEqualTo("message /" + p.pattern().pattern() + "/");
        assertThat(v.party()).isEqualTo(p.row().party());
        assertThat(v.reason()).isEqualTo(p.row().reason());
        assertThat(v.confidence().ordinal()).as("a message is never high confidence")
                .isGreaterThanOrEqualTo(dev.paytriage.model.Confidence.MEDIUM.ordinal());
    }

    /** A failed card payment, as a mapper would produce it, with a Mastercard for MAC rows. */
    static Transaction failed(String namespace, List<Code> codes, String message) {
        String brand = namespace.equals("network_advice") ? "master" : "visa";
        String gatewayType = namespace.startsWith("stripe") || namespace.startsWith("network") ? "stripe" : "begateway";
        TxStatus status = namespace.equals("stripe_cancellation") ? TxStatus.CANCELED : TxStatus.FAILED;
        return new Transaction("tx-" + namespace, "case", gatewayType, TxType.PAYMENT, status, new Money(4590, "EUR"),
                CREATED, null, "Case Shop", "ORD-1", null, null, new Card(brand, "424242", "4821", "DE", null),
                new Decline("issuer", codes.isEmpty() ? null : codes.get(0).value(), message, codes), null, null,
                false, null);
    }
}
