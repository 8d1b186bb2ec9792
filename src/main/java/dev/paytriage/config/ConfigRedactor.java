package dev.paytriage.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The config as written, safe to show: a literal secret becomes "********" — under a secret key, as the
 * password of a URL's user-info ({@code https://user:pw@host}), or as the value of a URL's query
 * parameter named like a credential ({@code ?api_key=…}); a ${NAME} reference is kept, since it names
 * a variable, not its value.
 */
public final class ConfigRedactor {
    static final Set<String> SECRET_KEYS = Set.of("secret_key", "api_key", "password", "token", "value", "header_value",
            "shop_key", "private_key", "api_token");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(secret|password|passwd|token|credential)$");
    private static final Pattern ENV_ONLY = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:]*:)([^/?#@]*)@");
    private static final Pattern QUERY_PAIR = Pattern.compile("([?&])([^=&#]+)=([^&#]*)");
    private static final Pattern QUERY_SECRET_NAME = Pattern.compile(
            "(?i).*(key|token|secret|pass|pwd|sig|signature|auth|credential|session).*");
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
                if ((SECRET_KEYS.contains(name) || SECRET_NAME.matcher(name).matches()) && v != null && v.isValueNode()
                        && !v.isNull()) {
                    String s = v.asText();
                    obj.set(name, new TextNode(ENV_ONLY.matcher(s).matches() ? s : MASK));
                } else if (v != null && v.isTextual() && v.asText().matches("(?i)^(Bearer|Basic) .+")) {
                    obj.set(name, new TextNode(MASK));
                } else if (v != null && v.isTextual()) {
                    obj.set(name, new TextNode(url(v.asText())));
                } else {
                    walk(v);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ConfigRedactor::walk);
        }
    }

    /** A URL (or URL template) with its user-info password and credential-named query values masked. */
    static String url(String s) {
        Matcher u = USER_INFO.matcher(s);
        String out = u.find() && !ENV_ONLY.matcher(u.group(2)).matches()
                ? u.group(1) + MASK + "@" + s.substring(u.end()) : s;
        if (out.indexOf('?') < 0) {
            return out;
        }
        Matcher q = QUERY_PAIR.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (q.find()) {
            String value = q.group(3);
            boolean keep = !QUERY_SECRET_NAME.matcher(q.group(2)).matches() || value.contains("{id}")
                    || ENV_ONLY.matcher(value).matches() || value.isEmpty();
            q.appendReplacement(sb, Matcher.quoteReplacement(q.group(1) + q.group(2) + "=" + (keep ? value : MASK)));
        }
        q.appendTail(sb);
        return sb.toString();
    }
}
