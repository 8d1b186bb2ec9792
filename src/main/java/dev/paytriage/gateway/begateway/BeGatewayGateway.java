package dev.paytriage.gateway.begateway;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The beGateway card API (bePaid and its white labels): {@code GET /transactions/{uid}} and
 * {@code GET /v2/transactions/tracking_id/{id}}, HTTP Basic shop_id:secret_key.
 *
 * <p>Card API only. The official PHP client's QueryByUid also tries the APM ("beyag") endpoints
 * first, but those live on another host (api.bepaid.by, not the card API's base_url), would cost two
 * extra requests on every card lookup, and return APM statuses the triage tables do not cover.
 */
public final class BeGatewayGateway implements Gateway {
    private static final String RECORD_NOT_FOUND = "record not found";

    private final String name;
    private final HttpUrl base;
    private final GatewayHttp http;
    private final String shopName;

    BeGatewayGateway(String name, HttpUrl base, GatewayHttp http, String shopName) {
        this.name = name;
        this.base = base;
        this.http = http;
        this.shopName = shopName;
    }

    public static Gateway create(String name, GatewayConfig c, Gateways.Context ctx) {
        HttpUrl base = Urls.base(name, c.baseUrl(), ctx);
        if (c.shopId() == null || c.secretKey() == null) {
            throw ctx.problem(List.of("gateways", name), "needs shop_id and secret_key (HTTP Basic auth of the beGateway API)");
        }
        HttpSettings settings = HttpSettings.of(name, c, ctx);
        Secrets secrets = Secrets.of(c.secretKey()).withBasic(c.shopId(), c.secretKey()).withUrl(c.baseUrl());
        var credentials = new GatewayHttp.Credentials("Authorization",
                "Basic " + Secrets.basicToken(c.shopId(), c.secretKey()), "shop_id/secret_key");
        // X-API-Version: 3 switches the answer to the flat v3 shape with code and friendly_message.
        Map<String, String> extra = c.apiVersion() == null ? Map.of() : Map.of("X-API-Version", c.apiVersion());
        // beGateway publishes no rate limit (none in its docs or clients): bulk starts unthrottled and learns from 429/503.
        return new BeGatewayGateway(name, base, new GatewayHttp(name, settings, credentials, extra, secrets, ctx,
                DocumentedRates.NONE), c.shopName());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return BeGatewayMapper.TYPE;
    }

    @Override
    public Optional<Transaction> byId(String uid) {
        if (!Urls.segmentOk(uid)) {
            return Optional.empty();
        }
        List<Transaction> found = read(http.get(Urls.path(base, "transactions", uid).build()));
        return found.stream().filter(t -> t.id().equals(uid)).findFirst().or(() -> found.stream().findFirst());
    }

    @Override
    public List<Transaction> byOrderId(String trackingId) {
        if (!Urls.segmentOk(trackingId)) {
            return List.of();
        }
        Answer a = http.get(Urls.path(base, "v2", "transactions", "tracking_id", trackingId).build());
        if (a.status() == 404) {
            // The documented path is /v2/…; the official Ruby client still uses the older one. A gateway
            // that lacks the v2 route answers 404, so ask the older path before saying "none".
            a = http.get(Urls.path(base, "transactions", "tracking_id", trackingId).build());
        }
        return read(a);
    }

    /** The transactions in an answer; empty for "not found" in any of its documented forms. */
    private List<Transaction> read(Answer a) {
        if (a.status() == 404) {
            if (a.isEmpty() || a.looksLikeJson()) {
                return List.of();
            }
            throw http.unexpected(a, "a " + a.describeBody() + " page instead of JSON");
        }
        JsonNode body = http.json(a);
        List<Transaction> txs = BeGatewayMapper.transactions(body, name);
        if (!txs.isEmpty()) {
            // One shop_id:secret_key is one shop: the name support knows it by beats what the answer carries.
            return shopName == null ? txs : txs.stream().map(t -> t.withShop(shopName)).toList();
        }
        BeGatewayMapper.ErrorBody error = BeGatewayMapper.error(body);
        if (error != null) {
            if (error.message() != null && RECORD_NOT_FOUND.equals(error.message().trim().toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            throw http.rejected(a, (error.code() == null ? "" : error.code() + " ")
                    + (error.message() == null ? "no message" : error.message()));
        }
        if (body.has("transactions")) {
            return List.of();
        }
        String other = BeGatewayMapper.otherShape(body);
        throw http.unexpected(a, other != null ? other : "JSON that holds no transaction");
    }
}
