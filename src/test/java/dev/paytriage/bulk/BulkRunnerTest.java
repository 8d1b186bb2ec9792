package dev.paytriage.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.output.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkRunnerTest {

    /** Collects what would be written. */
    static final class ListSink implements ResultSink {
        final List<Integer> rows = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void write(RowResult r) {
            rows.add(r.row());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    private static List<InputRow> input(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new InputRow(i, "ref-" + i, false, null, null, null, null, null, null, null)).toList();
    }

    private static RowResult ok(InputRow row) {
        ObjectNode o = Json.object();
        o.put("row", row.row());
        return new RowResult(row.row(), "ok", "payer", "x", o);
    }

    @Test
    void results_are_written_in_input_order_whatever_order_they_finish_in() throws IOException {
        Random random = new Random(42);
        ListSink sink = new ListSink();
        BulkRunner runner = new BulkRunner(8, row -> {
            try {
                Thread.sleep(random.nextInt(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ok(row);
        }, sink, r -> { });

        Summary s = runner.run(input(200).iterator(), 0);

        assertThat(sink.rows).containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        assertThat(s.written()).isEqualTo(200);
        assertThat(s.ok()).isEqualTo(200);
        assertThat(s.interrupted()).isFalse();
    }

    @Test
    void a_stopped_run_writes_only_a_prefix_and_resuming_completes_each_row_once() throws IOException {
        ListSink sink = new ListSink();
        AtomicInteger handled = new AtomicInteger();
        BulkRunner[] holder = new BulkRunner[1];
        holder[0] = new BulkRunner(4, row -> {
            if (handled.incrementAndGet() == 30) {
                holder[0].stop();
            }
            return ok(row);
        }, sink, r -> { });

        Summary first = holder[0].run(input(100).iterator(), 0);

        assertThat(first.interrupted()).isTrue();
        int done = sink.rows.size();
        assertThat(done).isLessThan(100);
        assertThat(sink.rows).containsExactlyElementsOf(IntStream.rangeClosed(1, done).boxed().toList());

        Summary second = new BulkRunner(4, BulkRunnerTest::ok, sink, r -> { }).run(input(100).iterator(), done);

        assertThat(second.skipped()).isEqualTo(done);
        assertThat(sink.rows).containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
    }
}
