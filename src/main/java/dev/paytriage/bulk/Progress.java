package dev.paytriage.bulk;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a bar when stderr is a terminal, otherwise a plain line every ten seconds —
 * never bar characters or carriage returns in a file or a pipe.
 */
public final class Progress implements BulkRunner.Progress, AutoCloseable {
    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long total;
    private long done;
    private long lastPlain = System.nanoTime();

    /** @param total rows expected, or -1 when unknown (stdin). */
    public Progress(PrintWriter err, boolean terminal, boolean color, long total) {
        this.err = err;
        this.total = total;
        if (terminal) {
            this.bar = new ProgressBarBuilder()
                    .setTaskName("bulk")
                    .setInitialMax(total)
                    .setStyle(color ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print("\r" + line);
                        err.flush();
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
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastPlain >= PLAIN_EVERY_NANOS) {
            lastPlain = now;
            err.println("bulk: " + done + (total > 0 ? " of " + total : "") + " rows done");
            err.flush();
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
