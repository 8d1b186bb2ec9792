package dev.paytriage.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback beGateway that answers {@code GET /transactions/{uid}} after a fixed latency and, past
 * {@code limit} requests per second (a token bucket holding one second's worth), answers 429 with
 * {@code Retry-After} at once, as a rate-limited gateway does. {@code GET /__stats} gives what it saw.
 *
 * <p>JDK only, so the bench scripts run it without a build:
 * {@code java src/test/java/dev/paytriage/gateway/ThrottlingGateway.java --latency-ms 50 --limit 100
 * --body FILE --port-file FILE} (limit 0: never throttles).
 */
public final class ThrottlingGateway implements AutoCloseable {
    /** The uid in the body template, replaced by the one asked for. */
    public static final String TEMPLATE_UID = "58213-4f9a1c2b7e";

    private final HttpServer server;
    private final ExecutorService pool;
    private final double limit;
    private final long latencyMs;
    private final String retryAfter;
    private final String body;
    private final long started = System.nanoTime();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong firstAccepted = new AtomicLong(-1);
    private final AtomicLong lastAccepted = new AtomicLong(-1);
    private double tokens;
    private long refilled = System.nanoTime();

    /**
     * @param limit requests per second it accepts (0: all), @param latencyMs how long an accepted
     * request takes, @param body the answer, with {@link #TEMPLATE_UID} standing for the uid asked.
     */
    public ThrottlingGateway(double limit, long latencyMs, String retryAfter, String body) throws IOException {
        this.limit = limit;
        this.latencyMs = latencyMs;
        this.retryAfter = retryAfter;
        this.body = body;
        this.tokens = limit;
        // Without it the JDK server's separate header and body writes meet the client's delayed ACK:
        // 40 ms added to every answer on loopback.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        // One thread per request in flight: the latency is a sleep, as a slow gateway's would be.
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "throttling-gateway");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public long requests() {
        return requests.get();
    }

    public long throttled() {
        return throttled.get();
    }

    /** Accepted requests per second from the first to the last accepted one. */
    public double acceptedPerSecond() {
        long first = firstAccepted.get();
        long last = lastAccepted.get();
        long accepted = requests.get() - throttled.get();
        return last <= first || accepted < 2 ? 0 : (accepted - 1) * 1e9 / (last - first);
    }

    private synchronized boolean admit() {
        if (limit <= 0) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(limit, tokens + (now - refilled) * limit / 1e9);
        refilled = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if ("/__stats".equals(path)) {
                send(ex, 200, stats());
                return;
            }
            requests.incrementAndGet();
            if (!admit()) {
                throttled.incrementAndGet();
                ex.getResponseHeaders().add("Retry-After", retryAfter);
                send(ex, 429, "{\"message\":\"Too many requests\"}");
                return;
            }
            long now = System.nanoTime() - started;
            firstAccepted.compareAndSet(-1, now);
            lastAccepted.accumulateAndGet(now, Math::max);
            if (latencyMs > 0) {
                try {
                    Thread.sleep(latencyMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String prefix = "/transactions/";
            if (!path.startsWith(prefix)) {
                send(ex, 404, "{\"message\":\"Record not found\"}");
                return;
            }
            send(ex, 200, body.replace(TEMPLATE_UID, path.substring(prefix.length())));
        }
    }

    private String stats() {
        return String.format(Locale.ROOT, "{\"requests\":%d,\"throttled\":%d,\"accepted_per_second\":%.1f}",
                requests(), throttled(), acceptedPerSecond());
    }

    private static void send(HttpExchange ex, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** For bench/: {@code --limit N --latency-ms MS --retry-after S --body FILE --port-file FILE}; runs until killed. */
    public static void main(String[] args) throws Exception {
        double limit = 0;
        long latency = 50;
        String retryAfter = "1";
        String body = null;
        Path portFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--limit" -> limit = Double.parseDouble(args[i + 1]);
                case "--latency-ms" -> latency = Long.parseLong(args[i + 1]);
                case "--retry-after" -> retryAfter = args[i + 1];
                case "--body" -> body = Files.readString(Path.of(args[i + 1]));
                case "--port-file" -> portFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (body == null) {
            throw new IllegalArgumentException("--body FILE is required (a beGateway answer)");
        }
        ThrottlingGateway g = new ThrottlingGateway(limit, latency, retryAfter, body);
        String port = String.valueOf(g.server.getAddress().getPort());
        if (portFile != null) {
            Files.writeString(portFile, port);
        } else {
            System.out.println(port);
        }
        Thread.currentThread().join();
    }
}
