package dev.paytriage.bulk;

import java.io.PrintWriter;
import dev.paytriage.gateway.http.Pacer;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a bar when stderr is a terminal, otherwise a plain line every ten seconds —
 * never bar characters or carriage returns in a file or a pipe. Both say how fast each gateway is
 * asked and whether it is throttling us.
 */
public final class Progress implements BulkRunner.Progress, AutoCloseable {
    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long RATES_EVERY_NANOS = Duration.ofMillis(500).toNanos();

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long total;
    private final Supplier<List<Pacer.Snapshot>> rates;
    private long done;
    private long lastPlain = System.nanoTime();
    private volatile long lastRates;

    /** @param total rows expected, or -1 when unknown (stdin). */
    public Progress(PrintWriter err, boolean terminal, boolean color, long total) {
        this(err, terminal, color, total, List::of);
    }

    /** @param rates the gateways' pacing, read at most twice a second. */
    public Progress(PrintWriter err, boolean terminal, boolean color, long total, Supplier<List<Pacer.Snapshot>> rates) {
        this.err = err;
        this.total = total;
        this.rates = rates;
        this.lastRates = System.nanoTime() - RATES_EVERY_NANOS;
        if (terminal) {
            this.bar = new ProgressBarBuilder()
                    .setTaskName("bulk")
                    .setInitialMax(total)
                    .setStyle(color ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print("\r" + line);
                        err.flush();
                        refreshRates();
                    }))
                    .setUpdateIntervalMillis(200)
                    .continuousUpdate()
                    .build();
        } else {
            this.bar = null;
        }
    }

    @Override
    public synchronized void rowDone(RowResult r) {
        done++;
        long now = System.nanoTime();
        if (bar != null) {
            bar.step();
            return;
        }
        if (now - lastPlain >= PLAIN_EVERY_NANOS) {
            lastPlain = now;
            String rate = RateLine.progress(rates.get());
            err.println("bulk: " + done + (total > 0 ? " of " + total : "") + " rows done" + (rate.isEmpty() ? "" : "; " + rate));
            err.flush();
        }
    }

    /** On the bar's own refresh, so the rate shows even while no row finishes (a Retry-After pause). */
    private void refreshRates() {
        long now = System.nanoTime();
        ProgressBar b = bar;
        if (b != null && now - lastRates >= RATES_EVERY_NANOS) {
            lastRates = now;
            b.setExtraMessage(RateLine.progress(rates.get()));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            err.println();
            err.flush();
        }
    }
}
