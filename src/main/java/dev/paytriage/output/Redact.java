package dev.paytriage.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paytriage.model.SafeText;
import java.util.Locale;
import java.util.regex.Pattern;

/** A copy of a gateway payload fit to show: secrets and authentication data replaced, PANs masked. */
public final class Redact {
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(secret|password|token|api_key|authorization|cavv|xid|pa_req|pa_res|creq|cres|md|three_ds_session_data|cvv|cvc|verification_value)$");
    public static final String MASK = "[redacted]";

    private Redact() {}

    public static JsonNode payload(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        walk(copy);
        return copy;
    }

    private static void walk(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            var names = new java.util.ArrayList<String>();
            obj.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = obj.get(name);
                if (SECRET_KEY.matcher(name.toLowerCase(Locale.ROOT)).matches() && v != null && !v.isNull()
                        && !v.isContainerNode() && !"checks".equals(name)) {
                    obj.set(name, new TextNode(MASK));
                } else if (v != null && v.isTextual()) {
                    obj.set(name, new TextNode(SafeText.clean(v.asText())));
                } else {
                    walk(v);
                }
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isTextual()) {
                    arr.set(i, new TextNode(SafeText.clean(arr.get(i).asText())));
                } else {
                    walk(arr.get(i));
                }
            }
        }
    }
}
