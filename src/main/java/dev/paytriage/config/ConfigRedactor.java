package dev.paytriage.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The config as written, safe to show: a literal secret becomes "********"; a ${NAME} reference is
 * kept, since it names a variable, not its value.
 */
public final class ConfigRedactor {
    static final Set<String> SECRET_KEYS = Set.of("secret_key", "api_key", "api_token", "password", "token", "value", "header_value", "shop_key");
    public static final String MASK = "********";

    private ConfigRedactor() {}

    public static JsonNode redact(JsonNode raw) {
        JsonNode copy = raw.deepCopy();
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            List<String> names = new ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = obj.get(name);
                if (SECRET_KEYS.contains(name) && v != null && v.isValueNode() && !v.isNull()) {
                    String s = v.asText();
                    obj.set(name, new TextNode(s.matches("\\$\\{[A-Za-z_][A-Za-z0-9_]*}") ? s : MASK));
                } else if (v != null && v.isTextual() && v.asText().matches("(?i)^(Bearer|Basic) .+")) {
                    obj.set(name, new TextNode(MASK));
                } else {
                    walk(v);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ConfigRedactor::walk);
        }
    }
}
