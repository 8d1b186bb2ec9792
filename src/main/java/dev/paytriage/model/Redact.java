package dev.paytriage.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A copy of a gateway payload fit to keep and show: values under secret or authentication keys
 * replaced, and every value of any type (strings, numbers) and every key passed through the gate —
 * a card number sent as a JSON number or used as an object key is masked like one in a string.
 */
public final class Redact {
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(secret|password|token|api_key|authorization|cavv|xid|pa_req|pa_res|creq|cres|md|three_ds_session_data|cvv|cvc|verification_value)$");
    /** Keys whose value is a part of a card number: a longer number there is a full one, Luhn or not. */
    private static final Pattern CARD_KEY = Pattern.compile(
            "(?i)(?:(?:.*[_-])?(?:bin|iin|last_?4|last_?four|pan|card_?number|card_?no)|number)");
    public static final String MASK = "[redacted]";

    private Redact() {}

    public static JsonNode payload(JsonNode node) {
        return node == null ? null : walk(node, SafeText::clean, true);
    }

    /**
     * A copy with {@code text} applied to every key and every scalar value's text (a number whose text
     * changes becomes a string). The input is left as it is.
     */
    public static JsonNode map(JsonNode node, UnaryOperator<String> text) {
        return node == null ? null : walk(node, text, false);
    }

    /** A card field holding 13 or more digits shows BIN and last four only, whatever the checksum says. */
    private static JsonNode cardField(JsonNode v) {
        String digits = v.asText().replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{13,}")) {
            return v;
        }
        return new TextNode(digits.length() <= 19 ? SafeText.maskedPan(digits) : MASK);
    }

    private static JsonNode walk(JsonNode node, UnaryOperator<String> text, boolean maskSecretKeys) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode out = f.objectNode();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            node.properties().forEach(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                String name = text.apply(e.getKey());
                JsonNode v = e.getValue();
                if (maskSecretKeys && SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).matches() && !v.isNull() && !v.isContainerNode()
                        && !"checks".equals(name)) {
                    out.set(name, new TextNode(MASK));
                } else if (maskSecretKeys && !v.isContainerNode() && CARD_KEY.matcher(name).matches()) {
                    out.set(name, cardField(walk(v, text, true)));
                } else {
                    out.set(name, walk(v, text, maskSecretKeys));
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = f.arrayNode(node.size());
            node.forEach(v -> out.add(walk(v, text, maskSecretKeys)));
            return out;
        }
        if (node.isTextual()) {
            return new TextNode(text.apply(node.asText()));
        }
        if (node.isNumber()) {
            String written = node.isFloatingPointNumber() ? node.decimalValue().toPlainString() : node.asText();
            String safe = text.apply(written);
            return safe.equals(written) ? node.deepCopy() : new TextNode(safe);
        }
        return node.deepCopy();
    }
}
