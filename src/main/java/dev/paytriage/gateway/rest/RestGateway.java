package dev.paytriage.gateway.rest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.http.Answer;
import dev.paytriage.gateway.http.DocumentedRates;
import dev.paytriage.gateway.http.GatewayHttp;
import dev.paytriage.gateway.http.HttpSettings;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.gateway.http.Urls;
import dev.paytriage.model.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Any JSON API, described in the config's {@code rest:} block: GET by_id (and by_order) templates with
 * {id} filled in, the item (or list) found by JSON Pointer, its fields mapped by the spec.
 */
public final class RestGateway implements Gateway {
    private final String name;
    private final HttpUrl base;
    private final GatewayHttp http;
    private final RestSpec spec;
    private final RestMapper mapper;

    RestGateway(String name, HttpUrl base, GatewayHttp http, RestSpec spec, String shopName) {
        this.name = name;
        this.base = base;
        this.http = http;
        this.spec = spec;
        this.mapper = new RestMapper(name, spec, shopName);
    }

    public static Gateway create(String name, GatewayConfig c, Gateways.Context ctx) {
        HttpUrl base = Urls.base(name, c.baseUrl(), ctx);
        RestSpec spec = RestSpec.parse(name, c.rest(), ctx);
        RestSpec.Auth a = spec.auth();
        String hint = "gateways." + name + ".rest.auth";
        GatewayHttp.Credentials credentials = switch (a.type()) {
            case "basic" -> new GatewayHttp.Credentials("Authorization",
                    "Basic " + Secrets.basicToken(a.username(), a.password()), hint);
            case "bearer" -> new GatewayHttp.Credentials("Authorization", "Bearer " + a.token(), hint);
            case "header" -> new GatewayHttp.Credentials(a.headerName(), a.headerValue(), hint);
            default -> new GatewayHttp.Credentials(null, null, hint);
        };
        Secrets secrets = Secrets.of(a.password(), a.token(), a.headerValue()).withBasic(a.username(), a.password())
                .withUrl(c.baseUrl()).withUrl(spec.byId()).withUrl(spec.byOrder());
        // Any JSON API: its limit is unknown here, so bulk starts unthrottled and learns from 429/503.
        GatewayHttp http = new GatewayHttp(name, HttpSettings.of(name, c, ctx), credentials, Map.of(), secrets, ctx,
                DocumentedRates.NONE);
        return new RestGateway(name, base, http, spec, c.shopName());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return RestMapper.TYPE;
    }

    @Override
    public Optional<Transaction> byId(String id) {
        HttpUrl url = url(spec.byId(), id);
        if (url == null) {
            return Optional.empty();
        }
        List<Transaction> found = read(http.get(url), spec.itemPointer());
        return found.stream().filter(t -> t.id().equals(id)).findFirst().or(() -> found.stream().findFirst());
    }

    @Override
    public List<Transaction> byOrderId(String orderId) {
        HttpUrl url = spec.byOrder() == null ? null : url(spec.byOrder(), orderId);
        return url == null ? List.of() : read(http.get(url), spec.listPointer());
    }

    /** What the pointer finds: one object, a list of them, or nothing (null, missing, 404). */
    private List<Transaction> read(Answer a, JsonPointer pointer) {
        if (a.status() == 404) {
            if (a.isEmpty() || a.looksLikeJson()) {
                return List.of();
            }
            throw http.unexpected(a, "a " + a.describeBody() + " page instead of JSON");
        }
        if (a.status() >= 400) {
            throw http.rejected(a, a.looksLikeJson() ? firstLine(a.body()) : a.describeBody());
        }
        JsonNode found = http.json(a).at(pointer);
        List<Transaction> out = new ArrayList<>();
        if (found.isArray()) {
            found.forEach(item -> out.add(mapper.map(item)));
        } else if (found.isObject()) {
            out.add(mapper.map(found));
        } else if (!found.isMissingNode() && !found.isNull()) {
            throw http.unexpected(a, "a " + found.getNodeType().name().toLowerCase() + " at '" + pointer
                    + "' where an object or list was expected");
        }
        return out;
    }

    /**
     * The template with {id} filled in: path segments and query values each encoded, so an id cannot
     * change the URL's shape. Null when the id cannot stand in a path (".", "..").
     */
    private HttpUrl url(String template, String id) {
        int q = template.indexOf('?');
        String path = q < 0 ? template : template.substring(0, q);
        List<String> segments = new ArrayList<>();
        for (String s : path.substring(1).split("/", -1)) {
            String filled = s.replace("{id}", id);
            if (s.contains("{id}") && !Urls.segmentOk(filled)) {
                return null;
            }
            segments.add(filled);
        }
        HttpUrl.Builder b = Urls.path(base, segments.toArray(String[]::new));
        if (q >= 0) {
            for (String pair : template.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? null : pair.substring(eq + 1).replace("{id}", id);
                b.addQueryParameter(k, v);
            }
        }
        return b.build();
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
