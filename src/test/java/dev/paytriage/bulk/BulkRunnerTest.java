package dev.paytriage.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

    /** Recurses until the stack is gone: a real StackOverflowError, as a regex on 2,000 digits once threw. */
    private static int deeper(int n) {
        return deeper(n + 1) + 1;
    }

    @Test
    void whatever_a_row_throws_becomes_that_rows_error_line_and_every_row_is_written_once_in_order() throws IOException {
        ListSink sink = new ListSink();
        List<RowResult> written = Collections.synchronizedList(new ArrayList<>());
        BulkRunner runner = new BulkRunner(4, row -> {
            switch (row.row() % 10) {
                case 2 -> deeper(0);
                case 4 -> {
                    long[] tooBig = new long[Integer.MAX_VALUE - 8]; // a real OutOfMemoryError, at once
                    return ok(new InputRow(tooBig.length, null, false, null, null, null, null, null, null, null));
                }
                case 6 -> throw new IllegalStateException("a bug in one row");
                case 8 -> throw new AssertionError("an Error that is not a VirtualMachineError");
                default -> { }
            }
            return ok(row);
        }, new ResultSink() {
            @Override
            public void write(RowResult r) {
                sink.write(r);
                written.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        }, r -> { });

        Summary s = runner.run(input(100).iterator(), 0);

        assertThat(sink.rows).containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(written).filteredOn(r -> List.of(2, 4, 6, 8).contains(r.row() % 10))
                .hasSize(40)
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo("error");
                    assertThat(r.json().at("/error/kind").asText()).isEqualTo("internal");
                    assertThat(r.json().at("/error/message").asText()).contains("crashed paytriage").doesNotContain("\n\tat ");
                });
        assertThat(written).filteredOn(r -> r.row() % 10 == 4).first()
                .satisfies(r -> assertThat(r.json().at("/error/message").asText()).contains("OutOfMemoryError"));
        assertThat(s.errors()).isEqualTo(40);
        assertThat(s.anyFailed()).isTrue();
        assertThat(s.missing()).isZero();
    }

    @Test
    void a_row_that_never_finishes_stalls_reading_ahead_at_the_window_instead_of_holding_every_row() throws Exception {
        int window = 12;
        CountDownLatch rowOneAnswers = new CountDownLatch(1);
        AtomicInteger read = new AtomicInteger();
        List<InputRow> all = input(5_000);
        Iterator<InputRow> counting = new Iterator<>() {
            private final Iterator<InputRow> it = all.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public InputRow next() {
                read.incrementAndGet();
                return it.next();
            }
        };
        ListSink sink = new ListSink();
        AtomicInteger handled = new AtomicInteger();
        BulkRunner runner = new BulkRunner(3, window, row -> {
            handled.incrementAndGet();
            if (row.row() == 1) {
                try {
                    rowOneAnswers.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ok(row);
        }, sink, r -> { });
        Summary[] summary = new Summary[1];
        Thread run = new Thread(() -> {
            try {
                summary[0] = runner.run(counting, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        run.start();

        // Row 1 hangs: one window of rows is looked up (and one more row read, waiting for room), then
        // the runner waits — nothing is written yet, nothing more is read.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (handled.get() < window && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
        assertThat(handled.get()).isEqualTo(window);
        assertThat(read.get()).isEqualTo(window + 1);
        assertThat(sink.rows).isEmpty();

        rowOneAnswers.countDown();
        run.join(TimeUnit.SECONDS.toMillis(60));

        assertThat(sink.rows).containsExactlyElementsOf(IntStream.rangeClosed(1, 5_000).boxed().toList());
        assertThat(runner.mostWaiting()).isLessThanOrEqualTo(window);
        assertThat(summary[0].written()).isEqualTo(5_000);
    }

    @Test
    void output_that_breaks_ends_the_run_with_the_written_prefix_counted() {
        List<Integer> rows = new ArrayList<>();
        ResultSink full = new ResultSink() {
            @Override
            public void write(RowResult r) throws IOException {
                if (r.row() == 5) {
                    throw new IOException("No space left on device");
                }
                rows.add(r.row());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        BulkRunner runner = new BulkRunner(1, BulkRunnerTest::ok, full, r -> { });

        BulkRunner.OutputFailure e = catchThrowableOfType(() -> runner.run(input(50).iterator(), 0),
                BulkRunner.OutputFailure.class);

        assertThat(e).hasMessageContaining("No space left");
        assertThat(e.written()).isEqualTo(4);
        assertThat(rows).containsExactly(1, 2, 3, 4);
    }

    @Test
    void input_that_breaks_off_finishes_the_rows_read_and_says_so() throws IOException {
        Iterator<InputRow> rows = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                if (n == 3) {
                    throw new UncheckedIOException(new IOException("Input/output error"));
                }
                return true;
            }

            @Override
            public InputRow next() {
                n++;
                return new InputRow(n, "ref-" + n, false, null, null, null, null, null, null, null);
            }
        };
        ListSink sink = new ListSink();

        Summary s = new BulkRunner(2, BulkRunnerTest::ok, sink, r -> { }).run(rows, 0);

        assertThat(sink.rows).containsExactly(1, 2, 3);
        assertThat(s.inputProblem()).contains("Input/output error");
        assertThat(s.anyFailed()).isTrue();
    }
}
