package dev.paytriage.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs rows concurrently and writes their results strictly in input order. Each row is written
 * exactly once; when the run is stopped, only the finished prefix is written, so --resume can carry
 * on from the first row that has no result.
 */
public final class BulkRunner {

    /** Looks one row up; never throws for a row's own failure (that is a result). */
    public interface RowHandler {
        RowResult handle(InputRow row);
    }

    /** Progress for a person watching; called from worker threads. */
    public interface Progress {
        void rowDone(RowResult r);
    }

    private final int concurrency;
    private final RowHandler handler;
    private final ResultSink sink;
    private final Progress progress;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<Integer, RowResult> waiting = new TreeMap<>();
    private final Summary.Builder summary = new Summary.Builder();
    private int nextToWrite;
    private IOException writeFailure;

    public BulkRunner(int concurrency, RowHandler handler, ResultSink sink, Progress progress) {
        this.concurrency = Math.max(1, concurrency);
        this.handler = handler;
        this.sink = sink;
        this.progress = progress;
    }

    /** Stops taking new rows; results already finished in order are still written. */
    public void stop() {
        stopping.set(true);
    }

    /** @param alreadyDone rows 1..alreadyDone have results from an earlier run and are skipped. */
    public Summary run(Iterator<InputRow> rows, int alreadyDone) throws IOException {
        nextToWrite = alreadyDone + 1;
        summary.skipped(alreadyDone);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "bulk-worker");
            t.setDaemon(true);
            return t;
        });
        // Bounds memory: at most a few rows per worker are read ahead of the writer.
        Semaphore inFlight = new Semaphore(concurrency * 4);
        try {
            while (!stopping.get() && rows.hasNext()) {
                InputRow row = rows.next();
                if (row.row() <= alreadyDone) {
                    continue;
                }
                inFlight.acquire();
                if (stopping.get()) {
                    inFlight.release();
                    break;
                }
                pool.execute(() -> {
                    try {
                        RowResult r = handler.handle(row);
                        // After a stop, an error may be the stop itself: leave the row for --resume.
                        if (!stopping.get() || "ok".equals(r.status()) || "not_found".equals(r.status())) {
                            completed(r);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
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
            sink.flush();
            if (writeFailure != null) {
                throw writeFailure;
            }
            summary.interrupted(stopping.get());
            summary.unwritten(waiting.size());
        }
        return summary.build();
    }

    private synchronized void completed(RowResult r) {
        waiting.put(r.row(), r);
        try {
            while (waiting.containsKey(nextToWrite)) {
                RowResult next = waiting.remove(nextToWrite);
                sink.write(next);
                summary.add(next);
                nextToWrite++;
            }
            sink.flush();
        } catch (IOException e) {
            writeFailure = e;
            stopping.set(true);
            throw new UncheckedIOException(e);
        }
        progress.rowDone(r);
    }
}
