package dev.paytriage.bench;

import dev.paytriage.gateway.sandbox.SandboxGateway;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.WireEnum;
import dev.paytriage.triage.Case;
import dev.paytriage.triage.CodeTables;
import dev.paytriage.triage.TriageEngine;
import dev.paytriage.triage.TriageSettings;
import dev.paytriage.triage.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verdicts per second on one thread: the triage engine over the 48 sandbox cases (every party, both
 * beGateway API versions and Stripe), each with the topic and complainant it demonstrates and its
 * order's other attempts; and the same with a shop history of 50 transactions for the many-cards check.
 * Lookup and reply rendering are not measured: this is the decision alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class TriageBench {
    private TriageEngine engine;
    private Case[] cases;
    private Case[] withHistory;
    private int i;

    @Setup
    public void setUp() {
        engine = new TriageEngine(CodeTables.bundled(), TriageSettings.defaults());
        SandboxGateway sandbox = new SandboxGateway("sandbox");
        List<Transaction> all = SandboxGateway.entries().stream().map(SandboxGateway.Entry::transaction).toList();
        List<Case> plain = new ArrayList<>();
        List<Case> history = new ArrayList<>();
        Instant now = Instant.parse("2026-11-23T09:00:00Z");
        for (SandboxGateway.Entry e : SandboxGateway.entries()) {
            Transaction tx = e.transaction();
            List<Transaction> order = tx.orderId() == null ? List.of() : sandbox.byOrderId(tx.orderId());
            Topic topic = e.topic() == null ? null : WireEnum.parse(Topic.class, e.topic());
            Audience from = e.from() == null ? Audience.PAYER : WireEnum.parse(Audience.class, e.from());
            plain.add(new Case(tx, order, List.of(), topic, from, null, now));
            List<Transaction> recent = new ArrayList<>();
            while (recent.size() < 50) {
                recent.addAll(all);
            }
            history.add(new Case(tx, order, recent.subList(0, 50), topic, from, null, now));
        }
        cases = plain.toArray(Case[]::new);
        withHistory = history.toArray(Case[]::new);
    }

    @Benchmark
    public Verdict verdict() {
        Case c = cases[i];
        i = (i + 1) % cases.length;
        return engine.decide(c);
    }

    @Benchmark
    public Verdict verdictWithShopHistory() {
        Case c = withHistory[i];
        i = (i + 1) % withHistory.length;
        return engine.decide(c);
    }
}
