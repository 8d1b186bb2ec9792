package dev.paytriage.gateway.http;

import dev.paytriage.gateway.Gateways;
import java.util.List;
import okhttp3.HttpUrl;

/** Base URLs from the config and request URLs built from them, every inserted value encoded. */
public final class Urls {
    private Urls() {}

    /**
     * The gateway's base URL. Plain http is refused except on the loopback interface (for local stubs):
     * Basic credentials and bearer keys must not cross a network unencrypted.
     */
    public static HttpUrl base(String name, String baseUrl, Gateways.Context ctx) {
        return base(List.of("gateways", name, "base_url"), baseUrl, "https://gateway.bepaid.by", ctx);
    }

    /** As {@link #base(String, String, Gateways.Context)} for any config key (a help desk's base_url). */
    public static HttpUrl base(List<String> key, String baseUrl, String example, Gateways.Context ctx) {
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.trim());
        if (url == null) {
            throw ctx.problem(key, "is not a URL: give one such as " + example);
        }
        if (!url.isHttps() && !loopback(url.host())) {
            throw ctx.problem(key, "is plain http: credentials would cross the network unencrypted; use https:// "
                    + "(http is accepted only for localhost)");
        }
        if (url.query() != null || url.fragment() != null) {
            throw ctx.problem(key, "has a query or fragment: give the API's root only, such as " + url.scheme() + "://"
                    + url.host());
        }
        return url;
    }

    static boolean loopback(String host) {
        return "localhost".equalsIgnoreCase(host) || host.startsWith("127.") || "::1".equals(host)
                || "0:0:0:0:0:0:0:1".equals(host);
    }

    /** Whether a value can stand as a path segment: not empty, not "." or ".." (which would walk the path). */
    public static boolean segmentOk(String value) {
        return value != null && !value.isEmpty() && !".".equals(value) && !"..".equals(value);
    }

    /** base + the given path segments (each encoded, "/" included), ready for query parameters. */
    public static HttpUrl.Builder path(HttpUrl base, String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        List<String> existing = base.pathSegments();
        if (!existing.isEmpty() && existing.get(existing.size() - 1).isEmpty()) {
            b.removePathSegment(existing.size() - 1);
        }
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b;
    }
}
