package dev.paytriage.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The two real-material corpora (src/test/resources/corpus/): complaints in people's own words, each with
 * the transaction(s) it is about, and gateway answers in the shapes other projects record. See the README
 * there for the sources and the labelling rules.
 */
public final class RealCorpus {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static final Set<String> PARTIES = Set.of("merchant", "acquirer", "limit_exceeded", "module_misconfigured", "issuer",
            "payer", "gateway", "undetermined");
    static final Set<String> TOPICS = Set.of("payment_failed", "charged_not_confirmed", "double_charge", "refund_missing",
            "funds_not_received", "goods_not_delivered", "other");
    static final Set<String> LANGS = Set.of("en", "ru", "uk");
    static final Set<String> AUTHORS = Set.of("payer", "merchant");
    static final Set<String> GATEWAYS = Set.of("bepaid", "stripe");

    /** A gateway answer as the gateway gives it, and which gateway type speaks that shape. */
    public record Answer(String gateway, String shape, ObjectNode body) {
        /** The beGateway API v3 answer is flat; v2 wraps the transaction; Stripe objects stand alone. */
        public boolean flat() {
            return "v3".equals(shape);
        }
    }

    /** One complaint with its labels and the transactions the gateway holds for it. */
    public record Complaint(String id, String file, String lang, String replyLang, String author, String party,
            String topic, String text, String gateway, List<Answer> transactions, String ref, JsonNode source) {}

    /** One recorded-shape answer with the context it is judged in and what the documentation says of it. */
    public record Payload(String id, String file, String gateway, String shape, ObjectNode body, String txId,
            String topic, String from, String party, String reason, String status, String era, JsonNode source) {}

    private RealCorpus() {}

    public static List<Complaint> complaints() {
        List<Complaint> out = new ArrayList<>();
        for (Path file : files("corpus/complaints", ".yaml")) {
            for (JsonNode n : read(YAML, file)) {
                out.add(complaint(n, file.getFileName().toString()));
            }
        }
        return out;
    }

    public static List<Payload> payloads() {
        List<Payload> out = new ArrayList<>();
        Path index = resource("corpus/payloads/index.yaml");
        for (JsonNode n : read(YAML, index)) {
            String file = req(n, "file");
            Path p = index.getParent().resolve(file);
            ObjectNode body = (ObjectNode) read(JSON, p);
            String shape = shapeOf(file);
            out.add(new Payload(file + (n.has("tx") ? "#" + n.get("tx").asText() : ""), file,
                    file.startsWith("stripe/") ? "stripe" : "bepaid", shape, body, text(n, "tx"), req(n, "topic"),
                    req(n, "from"), req(n, "party"), text(n, "reason"), text(n, "status"), text(n, "era"), n.get("source")));
        }
        return out;
    }

    private static Complaint complaint(JsonNode n, String file) {
        List<Answer> txs = new ArrayList<>();
        for (JsonNode t : n.path("transactions")) {
            String base = req(t, "base");
            ObjectNode body = (ObjectNode) read(JSON, resource("corpus/complaints/bases/" + base + ".json"));
            Set<String> given = new java.util.HashSet<>();
            t.path("set").fieldNames().forEachRemaining(given::add);
            derive(body, t.path("set"), given);
            t.path("set").fields().forEachRemaining(e -> set(body, e.getKey(), e.getValue()));
            txs.add(new Answer(base.startsWith("stripe") ? "stripe" : "bepaid", shapeOf(base), body));
        }
        String lang = req(n, "lang");
        return new Complaint(req(n, "id"), file, lang, n.has("reply_lang") ? n.get("reply_lang").asText() : lang,
                req(n, "author"), req(n, "party"), req(n, "topic"), req(n, "text"),
                n.has("gateway") ? n.get("gateway").asText() : txs.isEmpty() ? "bepaid" : txs.get(0).gateway(),
                List.copyOf(txs), text(n, "ref"), n.get("source"));
    }

    /**
     * Fields a gateway keeps equal, filled from the few a complaint sets so each case stays short: the
     * beGateway {@code id} and URLs follow {@code uid}, the bank section's amount and currency follow the
     * transaction's; a Stripe PaymentIntent's charge follows the intent (id, amount, currency, time, order).
     * Anything the case sets itself wins, as it is applied afterwards.
     */
    static void derive(ObjectNode body, JsonNode set, Set<String> given) {
        if (body.has("uid")) {
            String base = body.get("uid").asText();
            String uid = set.path("uid").asText(base);
            String text = body.toString().replace(base, uid);
            ObjectNode copy;
            try {
                copy = (ObjectNode) JSON.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            body.removeAll();
            body.setAll(copy);
            String section = body.has("transaction") && body.get("transaction").isObject() ? "transaction"
                    : body.path("type").asText("payment");
            String type = set.path("type").asText(body.path("type").asText());
            if (!body.has("transaction") && !section.equals(type) && body.has(section)) {
                body.set(type, body.remove(section)); // v2: the bank section is named after the type
                section = type;
            }
            for (String f : List.of("amount", "currency")) {
                if (set.has(f) && body.path(section).isObject() && !given.contains(section + "." + f)) {
                    ((ObjectNode) body.get(section)).set(f, set.get(f));
                }
            }
        } else if ("payment_intent".equals(body.path("object").asText()) && body.path("latest_charge").isObject()) {
            ObjectNode ch = (ObjectNode) body.get("latest_charge");
            if (set.has("id")) {
                String pi = set.get("id").asText();
                ch.put("payment_intent", pi);
                ch.put("id", "ch_" + pi.substring(3));
            }
            for (String f : List.of("amount", "currency", "description")) {
                if (set.has(f)) {
                    ch.set(f, set.get(f));
                }
            }
            if (set.has("amount")) {
                ch.set("amount_captured", set.get("amount"));
                ((ObjectNode) ch.with("payment_method_details").with("card")).set("amount_authorized", set.get("amount"));
                body.set("amount_received", set.get("amount"));
            }
            if (set.has("created")) {
                ch.put("created", set.get("created").asLong() + 9);
            }
        }
    }

    /** "v2"/"v3" for beGateway answers (by the file or base name), the API era for Stripe. */
    static String shapeOf(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (base.startsWith("stripe") || name.startsWith("stripe/")) {
            return "stripe";
        }
        return base.contains("v3") ? "v3" : "v2";
    }

    /**
     * Sets a value at a dotted path ("payment.bank_code", "latest_charge.outcome.type",
     * "charges.data.0.paid"), creating objects on the way; numeric segments index arrays.
     */
    static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode cur = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = child(cur, parts[i]);
            if (next == null || next.isNull() || next.isMissingNode()) {
                next = JSON.createObjectNode();
                if (cur instanceof ObjectNode o) {
                    o.set(parts[i], next);
                } else {
                    throw new IllegalArgumentException("no array element " + parts[i] + " on the way to " + path);
                }
            }
            cur = next;
        }
        String last = parts[parts.length - 1];
        if (cur instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        } else if (value.isTextual() && value.asText().equals("~delete")) {
            ((ObjectNode) cur).remove(last);
        } else {
            ((ObjectNode) cur).set(last, value);
        }
    }

    private static JsonNode child(JsonNode n, String key) {
        return n.isArray() ? n.get(Integer.parseInt(key)) : n.get(key);
    }

    static String req(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalStateException("corpus entry " + n.path("id").asText(n.path("file").asText("?"))
                    + " has no " + field);
        }
        return v.asText();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Path resource(String name) {
        URL url = RealCorpus.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(String dir, String suffix) {
        try (Stream<Path> s = Files.list(resource(dir))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(ObjectMapper mapper, Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}
