package dev.paytriage.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every request a WireMock server received and names each that could put a comment where a
 * customer sees it: a Zendesk comment without an explicit {@code "public": false}, a Usedesk comment
 * whose type is not "private", any {@code public: true}, any write to an endpoint that sends to the
 * customer. Every stub desk and stub gateway of the suite runs it when it closes.
 */
public final class PublicWrites {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicWrites() {}

    public static List<String> in(WireMockServer server) {
        List<String> found = new ArrayList<>();
        for (ServeEvent e : server.getAllServeEvents()) {
            var r = e.getRequest();
            String method = r.getMethod().getName();
            String body = r.getBodyAsString();
            String where = method + " " + r.getUrl();
            if (method.equals("GET") || method.equals("HEAD")) {
                continue;
            }
            if (r.getUrl().contains("/reply") || r.getUrl().contains("/send")) {
                found.add(where + ": writes to an endpoint that sends to the customer");
            }
            JsonNode json = parse(body);
            if (json == null) {
                if (body != null && form(body).contains("type=public")) {
                    found.add(where + ": a form with type=public");
                }
                continue;
            }
            walk(json, where, found);
            if (r.getUrl().contains("/create/comment") && !"private".equals(json.path("type").asText())) {
                found.add(where + ": a Usedesk comment whose type is not \"private\" (" + json.path("type") + ")");
            }
        }
        return found;
    }

    private static void walk(JsonNode n, String where, List<String> found) {
        if (n.isObject()) {
            JsonNode comment = n.get("comment");
            if (comment != null && comment.isObject() && !(comment.has("public")
                    && comment.get("public").isBoolean() && !comment.get("public").asBoolean())) {
                found.add(where + ": a comment without \"public\": false (" + comment.get("public") + ")");
            }
            JsonNode pub = n.get("public");
            if (pub != null && (pub.asBoolean(false) || "true".equalsIgnoreCase(pub.asText()) || "1".equals(pub.asText()))) {
                found.add(where + ": \"public\": " + pub);
            }
            n.properties().forEach(p -> walk(p.getValue(), where, found));
        } else if (n.isArray()) {
            n.forEach(x -> walk(x, where, found));
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static String form(String body) {
        return URLDecoder.decode(body, StandardCharsets.UTF_8).replace(" ", "");
    }
}
