package dev.paytriage.gateway.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The pacers one gateway's requests pass: the one for all of them, and those of the endpoints with a
 * stricter documented limit (a request counts against each that matches its path). {@link #OFF}
 * outside bulk: a single lookup is never held back.
 */
public final class Pacers {
    public static final Pacers OFF = new Pacers(null, List.of());

    /** An endpoint's pacer and the paths it paces. */
    record Scoped(DocumentedRates.Endpoint endpoint, Pacer pacer) {}

    private final Pacer all;
    private final List<Scoped> scoped;

    Pacers(Pacer all, List<Scoped> scoped) {
        this.all = all;
        this.scoped = scoped;
    }

    public boolean off() {
        return all == null;
    }

    /**
     * Waits for the request's slot; it is not bounded by a deadline (holding back is our choice, not the
     * gateway's delay). Returns when the slot was reserved, for {@link #answered}.
     */
    public long acquire(String path) throws InterruptedException {
        long now = System.nanoTime();
        if (off()) {
            return now;
        }
        long wait = reserve(path, now, Long.MAX_VALUE);
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return now;
    }

    /** Nanoseconds from now until the request may go, not before {@code notBefore}; -1 when not before {@code deadline}. */
    public long reserve(String path, long notBefore, long deadline) {
        long wait = all.reserve(notBefore, deadline);
        for (Scoped s : scoped) {
            if (wait >= 0 && s.endpoint().matches().test(path)) {
                long w = s.pacer().reserve(notBefore, deadline);
                wait = w < 0 ? -1 : Math.max(wait, w);
            }
        }
        return wait;
    }

    /** Teaches the most specific pacer of the path what the gateway answered to a request reserved at {@code reservedAt}. */
    public void answered(String path, long reservedAt, int status, Duration retryAfter) {
        if (off()) {
            return;
        }
        for (Scoped s : scoped) {
            if (s.endpoint().matches().test(path)) {
                s.pacer().answered(reservedAt, status, retryAfter);
                return;
            }
        }
        all.answered(reservedAt, status, retryAfter);
    }

    public List<Pacer.Snapshot> snapshots() {
        List<Pacer.Snapshot> out = new ArrayList<>();
        if (!off()) {
            out.add(all.snapshot());
            scoped.forEach(s -> out.add(s.pacer().snapshot()));
        }
        return out;
    }
}
