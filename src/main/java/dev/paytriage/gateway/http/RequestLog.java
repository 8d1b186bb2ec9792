package dev.paytriage.gateway.http;

import dev.paytriage.gateway.GatewayLog;
import dev.paytriage.model.Redact;
import dev.paytriage.model.SafeText;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The --verbose lines of one gateway: the request with its headers (credentials redacted), then one
 * line per attempt with status or failure, time taken and the wait before the next attempt.
 */
final class RequestLog {
    private final String gateway;
    private final GatewayLog sink;
    private final Secrets secrets;
    private final String authHeader;

    RequestLog(String gateway, GatewayLog sink, Secrets secrets, String authHeader) {
        this.gateway = gateway;
        this.sink = sink;
        this.secrets = secrets;
        this.authHeader = authHeader == null ? "Authorization" : authHeader;
    }

    void request(Request r) {
        if (sink == GatewayLog.NONE) {
            return;
        }
        List<String> headers = new ArrayList<>();
        for (String name : r.headers().names()) {
            headers.add(name + ": " + headerValue(name, r.header(name)));
        }
        emit(r.method() + " " + r.url().scheme() + "://" + r.url().host() + portSuffix(r.url()) + target(r.url())
                + (headers.isEmpty() ? "" : " (" + String.join(", ", headers) + ")"));
    }

    void answer(Request r, int status, long ms, int attempt, int max, Duration retryIn) {
        emit(r.method() + " " + target(r.url()) + " -> " + status + " in " + ms + " ms" + tail(attempt, max, retryIn));
    }

    void failure(Request r, IOException e, long ms, int attempt, int max, Duration retryIn) {
        emit(r.method() + " " + target(r.url()) + " -> " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + " after " + ms + " ms"
                + tail(attempt, max, retryIn));
    }

    private void emit(String line) {
        if (sink != GatewayLog.NONE) {
            sink.line("http " + gateway + ": " + SafeText.clean(secrets.scrub(line)));
        }
    }

    private String headerValue(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals(authHeader.toLowerCase(Locale.ROOT)) || n.contains("authorization") || n.contains("key")
                || n.contains("token") || n.contains("secret") || n.contains("cookie")) {
            int space = value.indexOf(' ');
            // Keep the scheme ("Basic", "Bearer"): it tells which kind of credential went out.
            return n.contains("authorization") && space > 0 ? value.substring(0, space) + " " + Redact.MASK : Redact.MASK;
        }
        return value;
    }

    private static String tail(int attempt, int max, Duration retryIn) {
        String t = " (attempt " + attempt + " of " + max;
        if (retryIn != null) {
            t += "; retrying in " + retryIn.toMillis() + " ms";
        }
        return t + ")";
    }

    /**
     * The path and query asked for, as shown in lines and messages: the value of a query parameter named
     * like a credential (api_key, token, signature…) is redacted, whatever Secrets knows.
     */
    static String target(HttpUrl url) {
        if (url.encodedQuery() == null) {
            return url.encodedPath();
        }
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            String value = url.queryParameterValue(i);
            q.append(i == 0 ? "?" : "&").append(name);
            if (value != null) {
                q.append('=').append(Secrets.SECRET_NAME.matcher(name).matches() ? Redact.MASK : value);
            }
        }
        return url.encodedPath() + q;
    }

    private static String portSuffix(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port();
    }
}
