package dev.paytriage.gateway.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Retries a read (a GET, or a request tagged {@link Policy#READ}) on connection failures, 5xx and 429,
 * with exponential backoff and jitter, honouring {@code Retry-After}; never more than {@code maxAttempts}
 * and never past {@code total} (the call timeout cancels whatever is still running then). A write
 * ({@link Policy#WRITE}) is retried only when it surely did nothing: 429, or no connection made. Other
 * requests pass through once. In a paced run (bulk) every answer teaches the gateway's {@link Pacers}
 * (429/503 slow all of its requests, not just this one), and a retry also waits for its slot; a retry
 * whose slot is past {@code total} is not made.
 */
final class RetryInterceptor implements Interceptor {

    /** Whether a request may be repeated: a read always, a write only when it surely did nothing. */
    enum Policy { READ, WRITE }

    /** How the interceptor waits; tests record instead of sleeping. */
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** What happened to one call, read afterwards for the one-line message. */
    static final class CallStats {
        int attempts;
        Duration retryAfterRefused;
        /** When the current attempt's slot was reserved (paced runs): which pace its answer speaks of. */
        long reservedAt;
    }

    private final HttpSettings settings;
    private final RequestLog log;
    private final Sleeper sleeper;
    private final LongSupplier nanos;
    private final Pacers pacers;

    RetryInterceptor(HttpSettings settings, RequestLog log, Sleeper sleeper, LongSupplier nanos) {
        this(settings, log, sleeper, nanos, Pacers.OFF);
    }

    /** {@code nanos} must be {@link System#nanoTime} when {@code pacers} is on: they compare times. */
    RetryInterceptor(HttpSettings settings, RequestLog log, Sleeper sleeper, LongSupplier nanos, Pacers pacers) {
        this.settings = settings;
        this.log = log;
        this.sleeper = sleeper;
        this.nanos = nanos;
        this.pacers = pacers;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallStats stats = request.tag(CallStats.class) != null ? request.tag(CallStats.class) : new CallStats();
        Policy policy = request.tag(Policy.class) != null ? request.tag(Policy.class)
                : "GET".equals(request.method()) ? Policy.READ : null;
        int max = policy == null ? 1 : settings.maxAttempts();
        long deadline = nanos.getAsLong() + settings.total().toNanos();
        log.request(request);
        for (int attempt = 1; ; attempt++) {
            stats.attempts = attempt;
            long started = nanos.getAsLong();
            // No single attempt may wait for an answer longer than what is left of the total.
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - started));
            int readMs = (int) Math.min(settings.read().toMillis(), left);
            Response response;
            try {
                response = chain.withReadTimeout(readMs, TimeUnit.MILLISECONDS).proceed(request);
            } catch (IOException e) {
                long ms = millisSince(started);
                boolean again = policy == Policy.WRITE ? e instanceof java.net.ConnectException : retryable(e);
                Duration wait = attempt < max && again && !chain.call().isCanceled() ? backoff(attempt) : null;
                if (wait != null && !fits(wait, deadline)) {
                    wait = null;
                }
                wait = paced(request, stats, wait, deadline);
                log.failure(request, e, ms, attempt, max, wait);
                if (wait == null) {
                    throw e;
                }
                pause(wait);
                continue;
            }
            long ms = millisSince(started);
            int code = response.code();
            Duration asked = code == 429 || code >= 500
                    ? RetryAfter.parse(RetryAfterGuard.retryAfter(response), Instant.now()) : null;
            pacers.answered(request.url().encodedPath(), stats.reservedAt, code, asked);
            if (attempt >= max || !(code == 429 || code >= 500 && policy == Policy.READ)) {
                log.answer(request, code, ms, attempt, max, null);
                return response;
            }
            Duration wait = asked != null
                    ? asked.plusMillis(ThreadLocalRandom.current().nextLong(50))
                    : backoff(attempt);
            if (!fits(wait, deadline)) {
                if (asked != null) {
                    stats.retryAfterRefused = asked;
                }
                log.answer(request, code, ms, attempt, max, null);
                return response;
            }
            wait = paced(request, stats, wait, deadline);
            if (wait == null) {
                // Our own pace (the gateway's throttling, learnt) leaves no slot before total_timeout.
                log.answer(request, code, ms, attempt, max, null);
                return response;
            }
            log.answer(request, code, ms, attempt, max, wait);
            response.close();
            pause(wait);
        }
    }

    /** In a paced run, the wait until the retry's slot (at least {@code wait}); null when there is none before the deadline. */
    private Duration paced(Request request, CallStats stats, Duration wait, long deadline) {
        if (wait == null || pacers.off()) {
            return wait;
        }
        long now = nanos.getAsLong();
        long slot = pacers.reserve(request.url().encodedPath(), now + wait.toNanos(), deadline);
        if (slot >= 0) {
            stats.reservedAt = now;
        }
        return slot < 0 ? null : Duration.ofNanos(Math.max(slot, wait.toNanos()));
    }

    /** Exponential with "equal jitter": half the step fixed, half random, so retries spread but always wait. */
    Duration backoff(int attempt) {
        long step = Math.min(settings.backoffCap().toMillis(),
                settings.backoffBase().toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1));
    }

    /** A failure worth another try: not a wrong host name, not a TLS verification failure, not our own cancel. */
    private static boolean retryable(IOException e) {
        if (e instanceof UnknownHostException || e instanceof SSLException) {
            return false;
        }
        return !(e instanceof InterruptedIOException) || e instanceof java.net.SocketTimeoutException;
    }

    /** Whether waiting {@code wait} still ends before the deadline; any wait, however long, compares without overflow. */
    private boolean fits(Duration wait, long deadline) {
        return wait.compareTo(Duration.ofNanos(deadline - nanos.getAsLong())) < 0;
    }

    private void pause(Duration wait) throws IOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private long millisSince(long started) {
        return TimeUnit.NANOSECONDS.toMillis(nanos.getAsLong() - started);
    }
}
