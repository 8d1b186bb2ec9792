package dev.paytriage.bulk;

import java.util.concurrent.TimeUnit;

/** Spaces requests to one gateway at most {@code perSecond} apart, across threads. */
final class RateLimiter {
    private final long intervalNanos;
    private long nextSlot;

    RateLimiter(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
        this.nextSlot = System.nanoTime();
    }

    void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
