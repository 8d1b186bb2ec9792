package dev.paytriage.gateway.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces one stream of requests to a gateway (all of its requests, or one endpoint's) and learns the
 * gateway's limit by AIMD, as TCP does: when the gateway answers 429 or 503 the allowed rate is cut
 * to {@value #DECREASE} of what was being sent (once per burst of throttled answers: only a request
 * given its slot after the last cut can cut again), its {@code Retry-After} holds every request back until
 * then, and while nothing is throttled and the rate is what holds requests back, the rate climbs by a
 * fixed step per second, never past the ceiling (the documented limit, or the number configured).
 * With no ceiling and nothing throttled yet, requests are not held back at all.
 *
 * <p>Thread-safe; every time is {@link System#nanoTime()}-based, as the caller's are.
 */
public final class Pacer {
    /** The share of the sending rate kept after a 429/503. */
    static final double DECREASE = 0.8;
    /** The climb per second after a cut, as a share of the rate the cut was made at: about 6 s back to it. */
    static final double STEP = 0.05;
    static final double MIN_RATE = 0.1;
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final int BUCKETS = 10;
    private static final long BUCKET = SECOND / BUCKETS;
    /** How long after a 429/503 the progress line still says "throttled". */
    private static final long SHOWN_THROTTLED = 2 * SECOND;

    /**
     * What a person watching is told. {@code allowed}: the rate requests are held to now (infinite: not
     * held); {@code sending}: requests per second over the last second; {@code settled}: requests per
     * second since the gateway first throttled us (NaN if it never did), {@code overall} since the first.
     */
    public record Snapshot(String name, boolean auto, double ceiling, double allowed, double sending,
            boolean throttling, long requests, long throttled, double settled, double overall) {}

    private final String name;
    private final boolean auto;
    private final double ceiling;
    private final long maxPause;
    private final LongSupplier clock;
    private final long[] sent = new long[BUCKETS];
    private final long[] accepted = new long[BUCKETS];
    private final long start;
    private long bucketIndex;
    private double rate;
    private double step;
    private long nextSlot;
    private long pausedUntil;
    private long lastCut = Long.MIN_VALUE;
    private long lastThrottle = Long.MIN_VALUE;
    private long lastHeld;
    private long lastClimb;
    private long requests;
    private long throttled;
    private long firstRequest = -1;
    private long lastRequest;
    private long firstThrottle = -1;
    private long requestsBeforeThrottle;

    /**
     * @param ceiling the most requests per second ever sent (infinite: none known); the start, too
     * @param maxPause the longest a Retry-After holds every request back (the gateway's total_timeout:
     *        a longer wait is refused row by row, as a single lookup refuses it)
     */
    public Pacer(String name, boolean auto, double ceiling, Duration maxPause, LongSupplier clock) {
        this.name = name;
        this.auto = auto;
        this.ceiling = ceiling;
        this.rate = ceiling;
        this.maxPause = maxPause.toNanos();
        this.clock = clock;
        this.start = clock.getAsLong();
        this.nextSlot = start;
        this.pausedUntil = start;
        this.lastClimb = start;
        this.lastHeld = start - 2 * SECOND;
    }

    /**
     * Takes the first slot at or after {@code notBefore} and returns the nanoseconds from now until it,
     * or -1 (taking nothing) when that slot would be after {@code deadline} ({@link Long#MAX_VALUE}: none).
     */
    public synchronized long reserve(long notBefore, long deadline) {
        long now = clock.getAsLong();
        roll(now);
        climb(now);
        long earliest = Math.max(now, notBefore);
        long slot = Math.max(earliest, Math.max(nextSlot, pausedUntil));
        if (deadline != Long.MAX_VALUE && slot - deadline > 0) {
            return -1;
        }
        if (slot > earliest) {
            lastHeld = now;
        }
        nextSlot = Double.isInfinite(rate) ? slot : slot + (long) (SECOND / rate);
        requests++;
        sent[(int) (bucketIndex % BUCKETS)]++;
        if (firstRequest < 0) {
            firstRequest = slot;
        }
        lastRequest = Math.max(lastRequest, slot);
        return slot - now;
    }

    /**
     * An answer to a request whose slot was reserved at {@code reservedAt}: 429 and 503 slow the stream,
     * any other answer counts as accepted.
     */
    public synchronized void answered(long reservedAt, int status, Duration retryAfter) {
        long now = clock.getAsLong();
        roll(now);
        if (status != 429 && status != 503) {
            accepted[(int) (bucketIndex % BUCKETS)]++;
            return;
        }
        throttled++;
        lastThrottle = now;
        if (firstThrottle < 0) {
            firstThrottle = now;
            requestsBeforeThrottle = requests;
        }
        if (retryAfter != null) {
            long pause = Math.min(retryAfter.toNanos(), maxPause);
            pausedUntil = Math.max(pausedUntil, now + pause);
        }
        // Requests given their slot before the last cut were paced by the old rate: they say nothing of the new one.
        if (lastCut != Long.MIN_VALUE && reservedAt - lastCut < 0) {
            return;
        }
        double base = Math.min(rate, perSecond(sent, now));
        double ok = perSecond(accepted, now);
        if (ok > 0 && ok < base) {
            // What the gateway let through while we sent more is the best estimate of its limit.
            base = ok;
        }
        rate = Math.max(MIN_RATE, base * DECREASE);
        step = Math.max(MIN_RATE, base * STEP);
        lastCut = now;
        lastClimb = now;
    }

    public synchronized Snapshot snapshot() {
        long now = clock.getAsLong();
        roll(now);
        double settled = Double.NaN;
        if (firstThrottle >= 0 && lastRequest - firstThrottle > 0) {
            settled = (requests - requestsBeforeThrottle) * (double) SECOND / (lastRequest - firstThrottle);
        }
        double overall = firstRequest >= 0 && lastRequest - firstRequest > 0
                ? (requests - 1) * (double) SECOND / (lastRequest - firstRequest) : Double.NaN;
        boolean throttling = lastThrottle != Long.MIN_VALUE && now - lastThrottle < SHOWN_THROTTLED
                || pausedUntil - now > 0;
        return new Snapshot(name, auto, ceiling, rate, perSecond(sent, now), throttling, requests, throttled, settled,
                overall);
    }

    /** While the rate is what holds requests back and nothing was throttled for a second, it grows by the step. */
    private void climb(long now) {
        double seconds = (now - lastClimb) / (double) SECOND;
        lastClimb = now;
        if (Double.isInfinite(rate) || rate >= ceiling || now - lastHeld > SECOND
                || lastThrottle != Long.MIN_VALUE && now - lastThrottle < SECOND) {
            return;
        }
        rate = Math.min(ceiling, rate + step * seconds);
    }

    /** Moves the one-second window of counts on to {@code now}. */
    private void roll(long now) {
        long index = (now - start) / BUCKET;
        if (index <= bucketIndex) {
            return;
        }
        for (long i = Math.max(bucketIndex + 1, index - BUCKETS + 1); i <= index; i++) {
            sent[(int) (i % BUCKETS)] = 0;
            accepted[(int) (i % BUCKETS)] = 0;
        }
        bucketIndex = index;
    }

    /** Events per second over the last second (or since the start, when that is shorter: not under 0.1 s). */
    private double perSecond(long[] counts, long now) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        long span = Math.max(BUCKET, Math.min(SECOND, now - start));
        return total * (double) SECOND / span;
    }
}
