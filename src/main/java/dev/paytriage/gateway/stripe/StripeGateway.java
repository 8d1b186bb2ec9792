package dev.paytriage.gateway.stripe;

import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.SearchCriteria;
import dev.paytriage.gateway.http.Answer;
import dev.paytriage.gateway.http.GatewayHttp;
import dev.paytriage.gateway.http.HttpSettings;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.gateway.http.Urls;
import dev.paytriage.model.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Stripe: PaymentIntents ({@code pi_…}, with {@code latest_charge} expanded or fetched), Charges
 * ({@code ch_…}, {@code py_…}), an order id through the Search API on a metadata key, Bearer auth.
 * One Stripe account is one merchant, so {@code recent} and {@code search} ignore the shop.
 */
public final class StripeGateway implements Gateway {
    static final int SEARCH_LIMIT = 20;
    static final int LIST_LIMIT = 100;

    private final String name;
    private final HttpUrl base;
    private final GatewayHttp http;
    private final String orderKey;
    private final String shopName;

    StripeGateway(String name, HttpUrl base, GatewayHttp http, String orderKey, String shopName) {
        this.name = name;
        this.base = base;
        this.http = http;
        this.orderKey = orderKey;
        this.shopName = shopName;
    }

    public static Gateway create(String name, GatewayConfig c, Gateways.Context ctx) {
        HttpUrl base = Urls.base(name, c.baseUrl(), ctx);
        if (c.apiKey() == null) {
            throw ctx.problem(List.of("gateways", name), "needs api_key (a secret or restricted key)");
        }
        String orderKey = c.orderKey() == null ? StripeMapper.DEFAULT_ORDER_KEY : c.orderKey();
        if (orderKey.isBlank() || orderKey.contains("[") || orderKey.contains("]")) {
            throw ctx.problem(List.of("gateways", name, "order_key"),
                    "is '" + orderKey + "': a Stripe metadata key is not empty and has no square brackets");
        }
        var credentials = new GatewayHttp.Credentials("Authorization", "Bearer " + c.apiKey(), "api_key");
        Map<String, String> extra = c.apiVersion() == null ? Map.of() : Map.of("Stripe-Version", c.apiVersion());
        GatewayHttp http = new GatewayHttp(name, HttpSettings.of(name, c, ctx), credentials, extra,
                Secrets.of(c.apiKey()).withUrl(c.baseUrl()), ctx, StripeRates.of(c.apiKey()));
        return new StripeGateway(name, base, http, orderKey, c.shopName());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return StripeMapper.TYPE;
    }

    @Override
    public Optional<Transaction> byId(String id) {
        HttpUrl url;
        if (id.startsWith("pi_") && Urls.segmentOk(id)) {
            url = Urls.path(base, "v1", "payment_intents", id).addQueryParameter("expand[]", "latest_charge").build();
        } else if ((id.startsWith("ch_") || id.startsWith("py_")) && Urls.segmentOk(id)) {
            url = Urls.path(base, "v1", "charges", id).build();
        } else {
            return Optional.empty();
        }
        JsonNode body = object(http.get(url));
        if (body == null) {
            return Optional.empty();
        }
        return map(List.of(withCharge(body))).stream().findFirst();
    }

    @Override
    public List<Transaction> byOrderId(String orderId) {
        String query = "metadata['" + quote(orderKey) + "']:'" + quote(orderId) + "'";
        List<JsonNode> found = search("payment_intents", query, SEARCH_LIMIT, "data.latest_charge");
        if (found.isEmpty()) {
            // Integrations on the older Charges API put the order id on the charge itself.
            found = search("charges", query, SEARCH_LIMIT, null);
        }
        return newestFirst(map(found.stream().map(this::withCharge).toList()));
    }

    @Override
    public boolean canListRecent() {
        return true;
    }

    /** Charges created in the window; a failure here only loses the pattern evidence, so it reads as none. */
    @Override
    public List<Transaction> recent(String shop, Instant until, Duration window) {
        HttpUrl url = Urls.path(base, "v1", "charges")
                .addQueryParameter("created[gte]", String.valueOf(until.minus(window).getEpochSecond()))
                .addQueryParameter("created[lte]", String.valueOf(until.getEpochSecond()))
                .addQueryParameter("limit", String.valueOf(LIST_LIMIT)).build();
        try {
            JsonNode body = object(http.get(url));
            return body == null ? List.of() : newestFirst(map(items(body)));
        } catch (GatewayException e) {
            if ("auth".equals(e.kind())) {
                throw e;
            }
            return List.of();
        }
    }

    @Override
    public boolean canSearch() {
        return true;
    }

    /** Charges search on amount, currency, creation time and card last four (AND of what is given). */
    @Override
    public List<Transaction> search(SearchCriteria c) {
        List<String> clauses = new ArrayList<>();
        if (c.amount() != null) {
            clauses.add("amount:" + c.amount().minor());
            clauses.add("currency:'" + quote(c.amount().currency().toLowerCase(Locale.ROOT)) + "'");
        }
        if (c.from() != null) {
            clauses.add("created>=" + c.from().getEpochSecond());
        }
        if (c.to() != null) {
            clauses.add("created<=" + c.to().getEpochSecond());
        }
        if (c.cardLast4() != null) {
            clauses.add("payment_method_details.card.last4:'" + quote(c.cardLast4()) + "'");
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        return newestFirst(map(search("charges", String.join(" AND ", clauses), LIST_LIMIT, null)));
    }

    private List<JsonNode> search(String resource, String query, int limit, String expand) {
        HttpUrl.Builder url = Urls.path(base, "v1", resource, "search")
                .addQueryParameter("query", query)
                .addQueryParameter("limit", String.valueOf(limit));
        if (expand != null) {
            url.addQueryParameter("expand[]", expand);
        }
        JsonNode body = object(http.get(url.build()));
        return body == null ? List.of() : items(body);
    }

    private static List<JsonNode> items(JsonNode body) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode data = body.get("data");
        if (data != null && data.isArray()) {
            data.forEach(out::add);
        }
        return out;
    }

    /** A PaymentIntent whose latest_charge is only an id gets the charge fetched and put in its place. */
    private JsonNode withCharge(JsonNode o) {
        String chargeId = StripeMapper.unexpandedCharge(o);
        if (chargeId == null || !Urls.segmentOk(chargeId) || !(o instanceof ObjectNode pi)) {
            return o;
        }
        JsonNode charge = object(http.get(Urls.path(base, "v1", "charges", chargeId).build()));
        if (charge == null || !"charge".equals(text(charge, "object"))) {
            return o;
        }
        ObjectNode copy = pi.deepCopy();
        copy.set("latest_charge", charge);
        return copy;
    }

    /**
     * The JSON object of a 2xx answer; null for 404 resource_missing (an unknown id). Stripe's own error
     * for anything else is a one-line rejection; a 404 without resource_missing means a wrong base_url.
     */
    private JsonNode object(Answer a) {
        if (a.status() == 404 && !a.looksLikeJson()) {
            throw http.unexpected(a, "a " + a.describeBody() + " page instead of JSON");
        }
        JsonNode body = http.json(a);
        JsonNode error = obj(body, "error");
        if (a.status() >= 200 && a.status() < 300 && error == null) {
            if (!body.isObject()) {
                throw http.unexpected(a, "JSON that is not an object");
            }
            return body;
        }
        if (a.status() == 404 && "resource_missing".equals(text(error, "code"))) {
            return null;
        }
        String words = error == null ? "no error message" : firstNonNull(text(error, "code"), text(error, "type"))
                + ": " + firstNonNull(text(error, "message"), "no message");
        if (a.status() == 404) {
            throw http.unexpected(a, "Stripe's " + words);
        }
        throw http.rejected(a, words);
    }

    private List<Transaction> map(List<JsonNode> objects) {
        List<Transaction> out = new ArrayList<>();
        for (JsonNode o : objects) {
            for (Transaction t : StripeMapper.transactions(o, name, orderKey)) {
                // One Stripe account is one merchant: the name support knows it by beats the statement descriptor.
                out.add(shopName != null ? t.withShop(shopName) : t);
            }
        }
        return out;
    }

    private static List<Transaction> newestFirst(List<Transaction> txs) {
        return txs.stream().sorted(Comparator.comparing(Transaction::createdAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    /** A value inside single quotes in Stripe's search language: backslash and quote escaped. */
    static String quote(String value) {
        return value.replace("\\", "\\\\").replace("'", "\\'");
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
