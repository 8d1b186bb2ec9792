package dev.paytriage.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs rows concurrently and writes their results strictly in input order, each exactly once.
 *
 * <p>Memory is bounded by a reorder window: a row is read only when fewer than {@code window} rows
 * are between the next one to write and it, so a row that takes long (a gateway that never answers
 * until its total_timeout) stalls reading ahead instead of piling finished rows up behind it.
 * Whatever a row throws — an exception, a StackOverflowError, an OutOfMemoryError — becomes that
 * row's error line. When the run is stopped (Ctrl-C) or the output breaks, only the finished prefix
 * is written, so --resume carries on from the first row without a result.
 */
public final class BulkRunner {

    /** Looks one row up; a row's own failure is its result, and whatever escapes is turned into one. */
    public interface RowHandler {
        RowResult handle(InputRow row);

        /** The error line of a row whose handling threw {@code t}. */
        default RowResult crashed(InputRow row, Throwable t) {
            return RowResult.crash(row.row(), t);
        }
    }

    /** Progress for a person watching; called from worker threads. */
    public interface Progress {
        void rowDone(RowResult r);
    }

    /** Rows in flight or finished but not yet written, per worker: enough to keep every worker busy. */
    static final int WINDOW_PER_WORKER = 4;

    private final int concurrency;
    private final int window;
    private final RowHandler handler;
    private final ResultSink sink;
    private final Progress progress;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<Integer, RowResult> finished = new HashMap<>();
    private final Summary.Builder summary = new Summary.Builder();
    private final Semaphore slots;
    private int nextToWrite;
    private int flushed;
    private int mostWaiting;
    private IOException writeFailure;
    private IOException readFailure;

    public BulkRunner(int concurrency, RowHandler handler, ResultSink sink, Progress progress) {
        this(concurrency, Math.max(1, concurrency) * WINDOW_PER_WORKER, handler, sink, progress);
    }

    BulkRunner(int concurrency, int window, RowHandler handler, ResultSink sink, Progress progress) {
        this.concurrency = Math.max(1, concurrency);
        this.window = Math.max(this.concurrency, window);
        this.handler = handler;
        this.sink = sink;
        this.progress = progress;
        this.slots = new Semaphore(this.window);
    }

    /** Stops taking new rows; results already finished in order are still written. */
    public void stop() {
        stopping.set(true);
    }

    /**
     * @param alreadyDone rows 1..alreadyDone have results from an earlier run and are skipped.
     * @throws OutputFailure when the results cannot be written (the rows before it are); the run stops.
     */
    public Summary run(Iterator<InputRow> rows, int alreadyDone) throws OutputFailure {
        nextToWrite = alreadyDone + 1;
        summary.skipped(alreadyDone);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "bulk-worker");
            t.setDaemon(true);
            return t;
        });
        int dispatched = 0;
        try {
            while (!stopping.get()) {
                InputRow row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    // The input broke off (a disk or pipe error): finish what was read, then say so.
                    readFailure = e.getCause();
                    break;
                }
                if (row.row() <= alreadyDone) {
                    continue;
                }
                if (!takeSlot()) {
                    break;
                }
                dispatched++;
                pool.execute(() -> work(row));
            }
            pool.shutdown();
            while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                if (stopping.get()) {
                    pool.shutdownNow();
                    pool.awaitTermination(2, TimeUnit.SECONDS);
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.set(true);
            pool.shutdownNow();
        }
        synchronized (this) {
            if (writeFailure == null) {
                try {
                    sink.flush();
                    flushed = summary.build().written();
                } catch (IOException e) {
                    writeFailure = e;
                }
            }
            if (writeFailure != null) {
                throw new OutputFailure(writeFailure, flushed);
            }
            summary.interrupted(stopping.get());
            summary.unwritten(finished.size());
            summary.dispatched(dispatched);
            summary.readFailure(readFailure);
            return summary.build();
        }
    }

    /** The most rows that were ever finished and waiting for an earlier one: never more than the window. */
    synchronized int mostWaiting() {
        return mostWaiting;
    }

    /** Waits for room in the reorder window; false when the run is stopping. */
    private boolean takeSlot() throws InterruptedException {
        while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (stopping.get()) {
                return false;
            }
        }
        if (stopping.get()) {
            slots.release();
            return false;
        }
        return true;
    }

    private void work(InputRow row) {
        RowResult r = null;
        try {
            r = handler.handle(row);
        } catch (Throwable t) {
            r = crashed(row, t);
        }
        if (r == null) {
            r = crashed(row, new IllegalStateException("the row produced no result"));
        }
        // After a stop an error may be the stop itself (an interrupted lookup): leave it for --resume.
        if (stopping.get() && !"ok".equals(r.status()) && !"not_found".equals(r.status())) {
            return;
        }
        completed(r);
    }

    private RowResult crashed(InputRow row, Throwable t) {
        try {
            return handler.crashed(row, t);
        } catch (Throwable again) {
            // Even building the error line failed (say, the heap is still short): the plainest line there is.
            return RowResult.crash(row.row(), t);
        }
    }

    private void completed(RowResult r) {
        synchronized (this) {
            if (writeFailure != null) {
                return;
            }
            finished.put(r.row(), r);
            mostWaiting = Math.max(mostWaiting, finished.size());
            try {
                int written = 0;
                while (finished.containsKey(nextToWrite)) {
                    RowResult next = finished.remove(nextToWrite);
                    sink.write(next);
                    summary.add(next);
                    nextToWrite++;
                    written++;
                }
                if (written > 0) {
                    sink.flush();
                    flushed += written;
                    slots.release(written);
                }
            } catch (Throwable e) {
                // Any failure here (even running out of memory while writing) must end the run, not a worker.
                writeFailure = e instanceof IOException io ? io : new IOException(String.valueOf(e), e);
                stopping.set(true);
                return;
            }
        }
        try {
            progress.rowDone(r);
        } catch (RuntimeException ignored) {
            // progress is a courtesy: the row is written
        }
    }

    /** The results could not be written; {@code written} rows were, in order, before it. */
    public static final class OutputFailure extends IOException {
        private final int written;

        OutputFailure(IOException cause, int written) {
            super(cause.getMessage(), cause);
            this.written = written;
        }

        public int written() {
            return written;
        }
    }
}
