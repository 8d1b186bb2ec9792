package dev.paytriage.gateway.http;

/**
 * A gateway's HTTP answer, read whole: status, content type and body (any secret value already
 * replaced). {@code target} is the path and query asked for, for messages.
 */
public record Answer(int status, String contentType, String body, String target) {

    public boolean isEmpty() {
        return body == null || body.isBlank();
    }

    /** JSON by its content type, or by its first character when the type is missing or generic. */
    public boolean looksLikeJson() {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return true;
        }
        String b = body == null ? "" : body.stripLeading();
        return b.startsWith("{") || b.startsWith("[");
    }

    public String describeBody() {
        int bytes = body == null ? 0 : body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return (contentType == null ? "no content type" : contentType.split(";")[0].trim()) + ", " + bytes + " bytes";
    }
}
