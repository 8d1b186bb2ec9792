package dev.paytriage.gateway.rest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generic JSON API as the config describes it (the {@code rest:} block of a gateway): URL templates,
 * auth, JSON Pointers from its fields to the model's, and value maps. Checked whole when the gateway
 * is built, so a typo is exit 5 naming its key instead of a strange verdict later.
 */
record RestSpec(
        String byId,
        String byOrder,
        JsonPointer itemPointer,
        JsonPointer listPointer,
        Auth auth,
        Map<String, JsonPointer> fields,
        Map<String, TxStatus> statusMap,
        Map<String, TxType> typeMap,
        String codeNamespace,
        String declineSource) {

    /** basic (username/password) | bearer (token) | header (header_name/header_value) | none. */
    record Auth(String type, String username, String password, String token, String headerName, String headerValue) {}

    static final List<String> KEYS = List.of("by_id", "by_order", "item_pointer", "list_pointer", "auth", "fields",
            "status_map", "type_map", "code_namespace", "decline_source");
    static final List<String> FIELDS = List.of("id", "status", "type", "amount_minor", "amount_major", "currency",
            "created_at", "paid_at", "order_id", "shop", "description", "parent_id", "decline_code", "bank_code",
            "decline_message", "card_brand", "card_bin", "card_last4", "card_issuer_country", "card_issuer_name",
            "three_ds_status", "three_ds_message", "three_ds_eci", "three_ds_fail_reason", "rrn", "auth_code", "route",
            "test");
    static final Set<String> SOURCES = Set.of("issuer", "acquirer", "gateway", "risk", "3ds", "validation");
    private static final List<String> AUTH_KEYS = List.of("type", "username", "password", "token", "header_name",
            "header_value");

    static RestSpec parse(String gateway, JsonNode rest, Gateways.Context ctx) {
        Checker c = new Checker(gateway, ctx);
        if (rest == null || rest.isNull() || rest.isMissingNode()) {
            throw c.fail(List.of(), "is missing: a rest gateway needs at least by_id and fields.id"
                    + " (see config.example.yaml)");
        }
        c.requireObject(rest, List.of());
        c.knownKeys(rest, List.of(), KEYS);
        String byId = c.template(rest, "by_id", true);
        String byOrder = c.template(rest, "by_order", false);
        JsonPointer item = c.pointer(rest, List.of("item_pointer"), true);
        JsonPointer list = c.pointer(rest, List.of("list_pointer"), true);

        JsonNode fieldsNode = rest.get("fields");
        if (fieldsNode == null || fieldsNode.isNull()) {
            throw c.fail(List.of("fields"), "is missing: map at least id, e.g. fields: {id: /id, status: /status}");
        }
        c.requireObject(fieldsNode, List.of("fields"));
        c.knownKeys(fieldsNode, List.of("fields"), FIELDS);
        Map<String, JsonPointer> fields = new LinkedHashMap<>();
        fieldsNode.fieldNames().forEachRemaining(f -> {
            JsonPointer p = c.pointer(fieldsNode, List.of("fields", f), false);
            if (p != null) {
                fields.put(f, p);
            }
        });
        if (!fields.containsKey("id")) {
            throw c.fail(List.of("fields", "id"), "is missing: give the JSON Pointer to the transaction id, e.g. /id");
        }
        if (fields.containsKey("amount_minor") && fields.containsKey("amount_major")) {
            throw c.fail(List.of("fields", "amount_major"), "and fields.amount_minor are both set: keep the one the API uses");
        }
        if ((fields.containsKey("amount_minor") || fields.containsKey("amount_major")) && !fields.containsKey("currency")) {
            throw c.fail(List.of("fields", "currency"), "is missing: an amount needs its currency");
        }
        Map<String, TxStatus> statusMap = c.valueMap(rest, "status_map", TxStatus.class);
        Map<String, TxType> typeMap = c.valueMap(rest, "type_map", TxType.class);
        String namespace = c.text(rest, List.of("code_namespace"));
        String source = c.text(rest, List.of("decline_source"));
        if (source != null && !SOURCES.contains(source)) {
            throw c.fail(List.of("decline_source"), "is '" + source + "': use one of " + String.join(", ", new TreeSet<>(SOURCES)));
        }
        return new RestSpec(byId, byOrder, item == null ? JsonPointer.empty() : item,
                list == null ? JsonPointer.empty() : list, c.auth(rest.get("auth")), fields, statusMap, typeMap,
                namespace == null ? gateway : namespace, source == null ? "issuer" : source);
    }

    /** Walks the block, turning the first problem into one config error naming gateways.NAME.rest.KEY. */
    private record Checker(String gateway, Gateways.Context ctx) {

        RuntimeException fail(List<String> key, String what) {
            List<String> path = new ArrayList<>(List.of("gateways", gateway, "rest"));
            path.addAll(key);
            return ctx.problem(path, what);
        }

        void requireObject(JsonNode n, List<String> key) {
            if (!n.isObject()) {
                throw fail(key, "must be a mapping of keys");
            }
        }

        void knownKeys(JsonNode n, List<String> at, List<String> known) {
            n.fieldNames().forEachRemaining(k -> {
                if (!known.contains(k)) {
                    List<String> key = new ArrayList<>(at);
                    key.add(k);
                    throw fail(key, "is not a known key (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
                }
            });
        }

        String text(JsonNode n, List<String> key) {
            JsonNode v = n.get(key.get(key.size() - 1));
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode() || v.asText().isBlank()) {
                throw fail(key, "must be a non-empty text value");
            }
            return v.asText().trim();
        }

        /** A relative URL template with {id}: "/v1/payments/{id}" or "/v1/payments?order_id={id}". */
        String template(JsonNode rest, String key, boolean required) {
            String t = text(rest, List.of(key));
            if (t == null) {
                if (required) {
                    throw fail(List.of(key), "is missing: give the lookup URL relative to base_url, e.g. /v1/payments/{id}");
                }
                return null;
            }
            if (!t.startsWith("/") || t.startsWith("//")) {
                throw fail(List.of(key), "is '" + t + "': it must be a path relative to base_url starting with /");
            }
            if (!t.contains("{id}")) {
                throw fail(List.of(key), "is '" + t + "': it must contain {id} where the reference goes");
            }
            return t;
        }

        /** An RFC 6901 pointer: "" (the whole document, only where allowed) or "/a/b", with ~0 and ~1 escapes only. */
        JsonPointer pointer(JsonNode parent, List<String> key, boolean emptyAllowed) {
            JsonNode v = parent.get(key.get(key.size() - 1));
            if (v == null || v.isNull()) {
                return null;
            }
            String p = v.isTextual() ? v.asText() : null;
            boolean bad = p == null || (!p.isEmpty() && !p.startsWith("/")) || p.isEmpty() && !emptyAllowed
                    || p.matches(".*~([^01]|$).*");
            if (bad) {
                throw fail(key, "is " + (p == null ? "not text" : "'" + p + "'")
                        + ": a JSON Pointer starts with / and escapes ~ and / as ~0 and ~1, e.g. /amount/value");
            }
            try {
                return JsonPointer.compile(p);
            } catch (IllegalArgumentException e) {
                throw fail(key, "is '" + p + "': not a JSON Pointer (" + e.getMessage() + ")");
            }
        }

        <E extends Enum<E>> Map<String, E> valueMap(JsonNode rest, String key, Class<E> type) {
            JsonNode m = rest.get(key);
            Map<String, E> out = new LinkedHashMap<>();
            if (m == null || m.isNull()) {
                return out;
            }
            requireObject(m, List.of(key));
            List<String> allowed = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                allowed.add(e.name().toLowerCase(Locale.ROOT));
            }
            m.fields().forEachRemaining(e -> {
                String v = e.getValue().isValueNode() ? e.getValue().asText().trim().toLowerCase(Locale.ROOT) : "";
                if (!allowed.contains(v)) {
                    throw fail(List.of(key, e.getKey()), "is '" + e.getValue().asText() + "': map it to one of "
                            + String.join(", ", allowed));
                }
                out.put(e.getKey(), Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            });
            return out;
        }

        Auth auth(JsonNode a) {
            if (a == null || a.isNull()) {
                return new Auth("none", null, null, null, null, null);
            }
            requireObject(a, List.of("auth"));
            knownKeys(a, List.of("auth"), AUTH_KEYS);
            String type = text(a, List.of("auth", "type"));
            if (type == null) {
                throw fail(List.of("auth", "type"), "is missing: use basic, bearer, header or none");
            }
            Auth auth = new Auth(type, text(a, List.of("auth", "username")), text(a, List.of("auth", "password")),
                    text(a, List.of("auth", "token")), text(a, List.of("auth", "header_name")),
                    text(a, List.of("auth", "header_value")));
            switch (type) {
                case "basic" -> need(auth.username(), "username", type).need(auth.password(), "password", type);
                case "bearer" -> need(auth.token(), "token", type);
                case "header" -> need(auth.headerName(), "header_name", type).need(auth.headerValue(), "header_value", type);
                case "none" -> { }
                default -> throw fail(List.of("auth", "type"), "is '" + type + "': use basic, bearer, header or none");
            }
            return auth;
        }

        private Checker need(String value, String key, String type) {
            if (value == null) {
                throw fail(List.of("auth", key), "is missing: auth type " + type + " needs it");
            }
            return this;
        }
    }
}
