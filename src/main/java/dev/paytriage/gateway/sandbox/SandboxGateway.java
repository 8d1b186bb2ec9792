package dev.paytriage.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.Gateway;
import dev.paytriage.gateway.begateway.BeGatewayMapper;
import dev.paytriage.gateway.stripe.StripeMapper;
import dev.paytriage.model.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded gateway: realistic transactions stored as the real gateways' JSON (beGateway v2/v3,
 * Stripe), read through the same mappers as live answers. Works offline; what a new user's first
 * {@code check} talks to.
 */
public final class SandboxGateway implements Gateway {

    /** One bundled case: the transaction and what it demonstrates. */
    public record Entry(String id, String file, String shop, String shows, String topic, String from,
            Transaction transaction) {}

    private static final String INDEX = "sandbox/index.yaml";
    private static volatile List<Entry> cache;

    private final String name;
    private final Map<String, Entry> byId = new LinkedHashMap<>();

    public SandboxGateway(String name) {
        this.name = name;
        for (Entry e : entries()) {
            byId.put(e.id(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return "sandbox";
    }

    /** Every bundled case, in index order. */
    public static List<Entry> entries() {
        List<Entry> local = cache;
        if (local == null) {
            local = load();
            cache = local;
        }
        return local;
    }

    @Override
    public Optional<Transaction> byId(String id) {
        Entry e = byId.get(id);
        return e == null ? Optional.empty() : Optional.of(e.transaction().withGateway(name, e.transaction().gatewayType()));
    }

    @Override
    public List<Transaction> byOrderId(String orderId) {
        return byId.values().stream()
                .map(Entry::transaction)
                .filter(t -> orderId.equals(t.orderId()))
                .sorted(Comparator.comparing(Transaction::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(t -> t.withGateway(name, t.gatewayType()))
                .toList();
    }

    @Override
    public boolean canListRecent() {
        return true;
    }

    @Override
    public List<Transaction> recent(String shop, Instant until, Duration window) {
        return byId.values().stream()
                .map(Entry::transaction)
                .filter(t -> shop != null && shop.equals(t.shop()))
                .filter(t -> t.createdAt() != null && !t.createdAt().isAfter(until)
                        && !t.createdAt().isBefore(until.minus(window)))
                .map(t -> t.withGateway(name, t.gatewayType()))
                .toList();
    }

    @Override
    public boolean canSearch() {
        return true;
    }

    @Override
    public List<Transaction> search(dev.paytriage.gateway.SearchCriteria c) {
        return byId.values().stream()
                .map(Entry::transaction)
                .filter(t -> c.shop() == null || t.shop() != null && t.shop().equalsIgnoreCase(c.shop()))
                .filter(t -> c.amount() == null || c.amount().equals(t.amount()))
                .filter(t -> c.cardLast4() == null || t.card() != null && c.cardLast4().equals(t.card().last4()))
                .filter(t -> c.from() == null || t.createdAt() != null && !t.createdAt().isBefore(c.from()))
                .filter(t -> c.to() == null || t.createdAt() != null && !t.createdAt().isAfter(c.to()))
                .sorted(Comparator.comparing(Transaction::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(t -> t.withGateway(name, t.gatewayType()))
                .toList();
    }

    private static List<Entry> load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        JsonNode index = read(yaml, INDEX);
        List<Entry> out = new ArrayList<>();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (JsonNode n : index) {
            String id = n.path("id").asText();
            String file = n.path("file").asText();
            JsonNode body = files.computeIfAbsent(file, f -> read(json, "sandbox/" + f));
            List<Transaction> txs = file.startsWith("stripe/")
                    ? StripeMapper.transactions(body, "sandbox", StripeMapper.DEFAULT_ORDER_KEY)
                    : BeGatewayMapper.transactions(body, "sandbox");
            Transaction tx = txs.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() ->
                    new PaytriageException(ExitCode.INTERNAL, "sandbox index names " + id + " but " + file
                            + " does not contain it"));
            String shop = text(n, "shop");
            Transaction withShop = shop != null ? tx.withShop(shop) : tx;
            out.add(new Entry(id, file, shop, text(n, "shows"), text(n, "topic"), text(n, "from"), withShop));
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = SandboxGateway.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PaytriageException(ExitCode.INTERNAL, "sandbox resource " + resource + " is missing from the jar");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
