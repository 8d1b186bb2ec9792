package dev.paytriage.gateway.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.model.SafeText;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One gateway's HTTP client: its own timeouts, retry budget, headers and credentials over a
 * connection pool and dispatcher shared by every gateway. {@link #get} returns any answer an adapter
 * can interpret (2xx, 404, other 4xx) and turns the rest into one-line {@link GatewayException}s:
 * unreachable, credentials refused, overloaded, redirected. TLS is verified by the JDK's trust store,
 * always; there is no switch to turn that off.
 */
public final class GatewayHttp {
    /** Shared by every gateway: idle connections and the dispatcher's threads are process-wide. */
    private static final OkHttpClient SHARED = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(8, 2, TimeUnit.MINUTES))
            .build();
    static final long MAX_BODY = 16L << 20;
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** How to tell the agent which keys hold the credentials, e.g. "shop_id/secret_key". */
    public record Credentials(String headerName, String headerValue, String keysHint) {}

    private final String gateway;
    /** How messages name the other side: "gateway bepaid", "help desk zd". */
    private final String who;
    private final boolean forGateway;
    private final HttpSettings settings;
    private final Headers headers;
    private final Secrets secrets;
    private final String keysHint;
    private final String configSource;
    private final OkHttpClient client;
    private final Pacers pacers;

    public GatewayHttp(String gateway, HttpSettings settings, Credentials credentials, Map<String, String> extraHeaders,
            Secrets secrets, Gateways.Context ctx) {
        this(gateway, settings, credentials, extraHeaders, secrets, ctx, DocumentedRates.NONE);
    }

    /** @param documented the request rates the gateway's type publishes (where bulk starts; see {@link Pacer}). */
    public GatewayHttp(String gateway, HttpSettings settings, Credentials credentials, Map<String, String> extraHeaders,
            Secrets secrets, Gateways.Context ctx, DocumentedRates documented) {
        this(gateway, settings, credentials, extraHeaders, secrets, ctx, documented, d -> Thread.sleep(d.toMillis()));
    }

    GatewayHttp(String gateway, HttpSettings settings, Credentials credentials, Map<String, String> extraHeaders,
            Secrets secrets, Gateways.Context ctx, DocumentedRates documented, RetryInterceptor.Sleeper sleeper) {
        this(gateway, true, settings, credentials, extraHeaders, secrets, ctx, documented, sleeper);
    }

    /**
     * A help desk's client: the same shared pool, timeouts, retries, scrubbing and one-line messages as a
     * gateway's, the messages naming it "help desk NAME"; never paced (an agent waits for it).
     */
    public static GatewayHttp forHelpDesk(String desk, HttpSettings settings, Credentials credentials,
            Map<String, String> extraHeaders, Secrets secrets, Gateways.Context ctx) {
        return new GatewayHttp(desk, false, settings, credentials, extraHeaders, secrets, ctx, DocumentedRates.NONE,
                d -> Thread.sleep(d.toMillis()));
    }

    static GatewayHttp forHelpDesk(String desk, HttpSettings settings, Credentials credentials, Secrets secrets,
            Gateways.Context ctx, RetryInterceptor.Sleeper sleeper) {
        return new GatewayHttp(desk, false, settings, credentials, Map.of(), secrets, ctx, DocumentedRates.NONE, sleeper);
    }

    private GatewayHttp(String gateway, boolean forGateway, HttpSettings settings, Credentials credentials,
            Map<String, String> extraHeaders, Secrets secrets, Gateways.Context ctx, DocumentedRates documented,
            RetryInterceptor.Sleeper sleeper) {
        this.gateway = gateway;
        this.who = (forGateway ? "gateway " : "help desk ") + gateway;
        this.forGateway = forGateway;
        this.pacers = !forGateway || ctx.pacing() == null ? Pacers.OFF
                : ctx.pacing().register(gateway, settings.rate(), documented, settings.total());
        this.settings = settings;
        this.secrets = secrets;
        this.keysHint = credentials == null ? null : credentials.keysHint();
        this.configSource = ctx.configSource();
        Headers.Builder h = new Headers.Builder().add("Accept", "application/json").add("User-Agent", Version.USER_AGENT);
        if (credentials != null && credentials.headerName() != null) {
            h.add(credentials.headerName(), credentials.headerValue());
        }
        extraHeaders.forEach(h::add);
        this.headers = h.build();
        RequestLog log = new RequestLog(forGateway ? gateway : "desk " + gateway, ctx.log(), secrets, credentials == null ? null : credentials.headerName());
        this.client = SHARED.newBuilder()
                .connectTimeout(settings.connect())
                .readTimeout(settings.read())
                .writeTimeout(settings.read())
                .callTimeout(settings.total())
                // A redirect could carry us to plain http or another host; an API lookup has no reason to move.
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new RetryInterceptor(settings, log, sleeper, System::nanoTime, pacers))
                .addNetworkInterceptor(new RetryAfterGuard())
                .build();
    }

    public String gateway() {
        return gateway;
    }

    public Secrets secrets() {
        return secrets;
    }

    /** "gateway bepaid" or "help desk zd", as messages name it. */
    public String who() {
        return who;
    }

    /** The file the credentials and base_url come from, for "check … in FILE" hints. */
    public String configSource() {
        return configSource;
    }

    /**
     * GET the URL; an answer the adapter must read, or a GatewayException when there is nothing to read.
     * A URL that holds a card number, in any form, is refused before anything is sent (exit 2): the
     * commands refuse such a reference first, this is the last line.
     */
    public Answer get(HttpUrl url) {
        return call(new Request.Builder().url(url).get(), url, RetryInterceptor.Policy.READ);
    }

    /** POST a JSON lookup (an API that takes its query in the body, e.g. Usedesk): retried as a GET is. */
    public Answer query(HttpUrl url, String json) {
        return call(new Request.Builder().url(url).post(RequestBody.create(json, JSON_TYPE)), url,
                RetryInterceptor.Policy.READ);
    }

    /**
     * A write that creates something (POST or PUT of JSON). Sent again only when the server said it did
     * nothing (429, after its Retry-After) or the connection was never made: after a timeout or a 5xx the
     * write may have happened, and a second one would leave a duplicate.
     */
    public Answer write(String method, HttpUrl url, String json) {
        return call(new Request.Builder().url(url).method(method, RequestBody.create(json, JSON_TYPE)), url,
                RetryInterceptor.Policy.WRITE);
    }

    private Answer call(Request.Builder builder, HttpUrl url, RetryInterceptor.Policy policy) {
        String target = RequestLog.target(url);
        if (SafeText.holdsCard(url.encodedPath() + "?" + url.encodedQuery())
                || SafeText.holdsCard(String.join("/", url.pathSegments()) + "?" + url.query())) {
            throw new PaytriageException(ExitCode.USAGE, "refused to send a card number to " + who
                    + " (in " + SafeText.clean(target) + "): look the payment up by its transaction id or order id");
        }
        RetryInterceptor.CallStats stats = new RetryInterceptor.CallStats();
        Request request = builder.headers(headers).tag(RetryInterceptor.CallStats.class, stats)
                .tag(RetryInterceptor.Policy.class, policy).build();
        try {
            // Before the call's total_timeout starts: waiting for our own pace is not the gateway being slow.
            stats.reservedAt = pacers.acquire(url.encodedPath());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("unreachable", "the request to " + who + " was stopped before it was sent");
        }
        Call call = client.newCall(request);
        long started = System.nanoTime();
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw unreachable(e, call, stats, started, url);
        }
        try (response) {
            Answer answer = read(response, target);
            return check(answer, response, stats, started);
        }
    }

    private Answer read(Response response, String target) {
        ResponseBody body = response.body();
        String text = "";
        if (body != null) {
            try {
                BufferedSource source = body.source();
                if (source.request(MAX_BODY + 1)) {
                    throw new GatewayException("garbage", who + " answered HTTP " + response.code()
                            + " with more than " + (MAX_BODY >> 20) + " MB: check base_url in " + configSource);
                }
                text = source.readString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new GatewayException("garbage", who + " answered HTTP " + response.code()
                        + " but the body broke off (" + describe(e) + "): try again; if it persists, tell the gateway's support", e);
            }
        }
        return new Answer(response.code(), response.header("Content-Type"), secrets.scrub(text), target);
    }

    private Answer check(Answer a, Response response, RetryInterceptor.CallStats stats, long started) {
        int code = a.status();
        if (code == 401 || code == 403) {
            throw new GatewayException("auth", who + " refused the credentials (HTTP " + code + "): check "
                    + (keysHint == null ? "its credentials" : keysHint) + " in " + configSource);
        }
        if (code == 429) {
            Duration refused = stats.retryAfterRefused;
            throw new GatewayException("unreachable", who + " is limiting our requests (HTTP 429, "
                    + attempts(stats) + (refused == null ? "" : "; it asked to wait " + refused.toSeconds()
                    + " s, longer than total_timeout " + HttpSettings.show(settings.total()) + " allows")
                    + (forGateway ? "): wait a minute and try again, or lower its rate in " + configSource
                    : "): wait a minute and try again"));
        }
        if (code >= 500) {
            throw new GatewayException("unreachable", who + " answered HTTP " + code + " ("
                    + attempts(stats) + " in " + elapsed(started) + "): its side is failing; try again later");
        }
        if (code >= 300 && code < 400) {
            String to = response.header("Location");
            throw new GatewayException("garbage", who + " redirected " + a.target() + " (HTTP " + code
                    + (to == null ? "" : " to " + secrets.scrub(to)) + "): check base_url in " + configSource);
        }
        return a;
    }

    /** The body as JSON; a body that is empty, not JSON or cut short is exit 4 naming the gateway and status. */
    public JsonNode json(Answer a) {
        if (a.isEmpty()) {
            throw new GatewayException("garbage", who + " answered HTTP " + a.status()
                    + " with an empty body to " + a.target() + ": check base_url in " + configSource);
        }
        try {
            // decoded, a secret the gateway echoed escaped (\u0073k_…, \/) is plain text: scrub it again
            return secrets.scrub(JSON.readTree(a.body()));
        } catch (JsonEOFException e) {
            throw new GatewayException("garbage", who + " answered HTTP " + a.status()
                    + " with truncated JSON (" + a.describeBody() + "): try again; if it persists, tell the gateway's support", e);
        } catch (JsonProcessingException e) {
            throw new GatewayException("garbage", who + " answered HTTP " + a.status()
                    + " with something that is not JSON (" + a.describeBody() + "): check base_url in " + configSource
                    + " points at the API", e);
        }
    }

    /** A body the adapter did not expect (right JSON, wrong shape): exit 4 naming gateway, status and what it was. */
    public GatewayException unexpected(Answer a, String what) {
        return new GatewayException("garbage", who + " answered HTTP " + a.status() + " to " + a.target()
                + " with " + what + ": check base_url in " + configSource);
    }

    /** The gateway understood the lookup and refused it with its own error (e.g. HTTP 422 E.1025): exit 4. */
    public GatewayException rejected(Answer a, String gatewaysWords) {
        return new GatewayException("rejected", who + " rejected the lookup (HTTP " + a.status() + "): "
                + secrets.scrub(gatewaysWords));
    }

    private GatewayException unreachable(IOException e, Call call, RetryInterceptor.CallStats stats, long started,
            HttpUrl url) {
        String where = url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
        String message;
        if (e instanceof UnknownHostException) {
            message = "cannot find the host " + where + " of " + who + ": check base_url in " + configSource
                    + " and the network's DNS";
        } else if (e instanceof SSLException) {
            message = "the TLS certificate of " + who + " (" + where + ") could not be verified ("
                    + describe(e) + "): check base_url in " + configSource + "; paytriage never skips TLS verification";
        } else if (call.isCanceled() || e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
            message = who + " did not answer within total_timeout " + HttpSettings.show(settings.total())
                    + " (" + attempts(stats) + "): check that " + where + " is up, or raise total_timeout in " + configSource;
        } else if (e instanceof SocketTimeoutException) {
            message = who + " did not answer within " + (isConnect(e) ? "connect_timeout "
                    + HttpSettings.show(settings.connect()) : "read_timeout " + HttpSettings.show(settings.read()))
                    + " (" + attempts(stats) + " in " + elapsed(started) + "): check that " + where
                    + " is up, or raise the timeout in " + configSource;
        } else if (e instanceof ConnectException) {
            message = "cannot connect to " + who + " at " + where + " (" + attempts(stats) + "): check base_url in "
                    + configSource + " and the network";
        } else {
            message = "the connection to " + who + " at " + where + " failed (" + describe(e) + "; "
                    + attempts(stats) + "): try again; check base_url in " + configSource;
        }
        return new GatewayException("unreachable", secrets.scrub(message), e);
    }

    private static boolean isConnect(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("connect");
    }

    private static String attempts(RetryInterceptor.CallStats stats) {
        return stats.attempts <= 1 ? "1 attempt" : stats.attempts + " attempts";
    }

    private static String elapsed(long started) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private String describe(IOException e) {
        String m = e.getMessage();
        return secrets.scrub(e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }
}
