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
                    + "(http is accepted only for localhost, 127.0.0.1 or [::1]: a local stub)");
        }
        if (url.query() != null || url.fragment() != null) {
            throw ctx.problem(key, "has a query or fragment: give the API's root only, such as " + url.scheme() + "://"
                    + url.host());
        }
        return url;
    }

    /**
     * Whether a URL's host is the loopback interface by what is written, never by what a name resolves
     * to: the literal name localhost, an IPv4 literal in 127.0.0.0/8 or the IPv6 literal ::1. A name
     * such as 127.evil.example or 127.0.0.1.nip.io is a name — its DNS answer is someone else's to
     * choose (and to change between the check and the connection) — so it is not loopback.
     */
    static boolean loopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        java.util.regex.Matcher v4 = IPV4.matcher(h);
        if (v4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(v4.group(i)) > 255) {
                    return false;
                }
            }
            return "127".equals(v4.group(1));
        }
        if (h.indexOf(':') >= 0 && h.matches("[0-9A-Fa-f:.]+")) {
            try {
                // An IPv6 literal is parsed, not looked up: InetAddress does no DNS for a literal.
                return java.net.InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern IPV4 =
            java.util.regex.Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

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
