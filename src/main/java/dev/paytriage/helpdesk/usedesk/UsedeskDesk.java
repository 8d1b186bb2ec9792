package dev.paytriage.helpdesk.usedesk;

import static dev.paytriage.gateway.JsonFields.obj;
import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.config.HelpdeskConfig;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.http.Answer;
import dev.paytriage.gateway.http.GatewayHttp;
import dev.paytriage.gateway.http.Secrets;
import dev.paytriage.gateway.http.Urls;
import dev.paytriage.helpdesk.DeskHttp;
import dev.paytriage.helpdesk.Helpdesk;
import dev.paytriage.helpdesk.PrivateNote;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.model.SafeText;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Usedesk: {@code POST /ticket} with {@code api_token} and {@code ticket_id} returns the ticket with all
 * its comments; the note is {@code POST /create/comment} with {@code type: "private"}. The channel's API
 * token travels in the JSON body (Usedesk has no auth header). base_url is https://api.usedesk.ru, or
 * https://secure.usedesk.com/uapi for the international service, or an on-premise install's own URL.
 */
public final class UsedeskDesk implements Helpdesk {
    public static final String TYPE = "usedesk";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final HttpUrl base;
    private final GatewayHttp http;
    private final String apiToken;
    private final String userId;

    UsedeskDesk(String name, HttpUrl base, GatewayHttp http, String apiToken, String userId) {
        this.name = name;
        this.base = base;
        this.http = http;
        this.apiToken = apiToken;
        this.userId = userId;
    }

    public static Helpdesk create(String name, HelpdeskConfig c, Gateways.Context ctx) {
        HttpUrl base = DeskHttp.base(name, c, "https://api.usedesk.ru", ctx);
        var credentials = new GatewayHttp.Credentials(null, null, "api_token under helpdesks." + name);
        GatewayHttp http = DeskHttp.client(name, c, credentials, Secrets.of(c.apiToken()), ctx);
        return new UsedeskDesk(name, base, http, c.apiToken(), c.userId());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Ticket ticket(String id) {
        var q = JSON.createObjectNode().put("api_token", apiToken).put("ticket_id", id);
        Answer a = http.query(Urls.path(base, "ticket").build(), q.toString());
        JsonNode body = read(a, id);
        JsonNode ticket = obj(body, "ticket");
        if (ticket == null) {
            throw DeskHttp.noSuchTicket(name, id);
        }
        // The agent's page: the API's host api.usedesk.ru serves its web app at secure.usedesk.ru.
        String host = "api.usedesk.ru".equals(base.host()) ? "secure.usedesk.ru" : base.host();
        String url = new HttpUrl.Builder().scheme(base.scheme()).host(host).port(base.port())
                .addPathSegment("tickets").addPathSegment(id).build().toString();
        return new Ticket(name, TYPE, id, url, UsedeskMapper.subject(ticket), UsedeskMapper.email(ticket),
                UsedeskMapper.locale(body), UsedeskMapper.messages(body));
    }

    @Override
    public void addPrivateNote(Ticket ticket, PrivateNote note) {
        Answer a = http.write("POST", Urls.path(base, "create", "comment").build(),
                UsedeskNoteRequest.body(apiToken, ticket.id(), userId, note));
        JsonNode body = read(a, ticket.id());
        if (!"success".equalsIgnoreCase(text(body, "status")) && text(body, "comment_id") == null) {
            throw http.unexpected(a, "neither \"status\": \"success\" nor a comment_id");
        }
    }

    /** The answer as JSON, Usedesk's {"error": …} turned into exit 3 (no such ticket) or exit 4. */
    private JsonNode read(Answer a, String id) {
        if (a.status() == 404) {
            throw DeskHttp.noSuchTicket(name, id);
        }
        JsonNode body = a.looksLikeJson() ? http.json(a) : null;
        String error = body == null ? null : errorText(body);
        if (error != null) {
            String e = error.toLowerCase(Locale.ROOT);
            if (e.contains("token") || e.contains("токен") || e.contains("auth") || e.contains("access")
                    || e.contains("доступ")) {
                throw new GatewayException("auth", http.who() + " refused the credentials (" + SafeText.clean(error)
                        + "): check api_token under helpdesks." + name + " in " + http.configSource());
            }
            if (e.contains("not found") || e.contains("не найден") || e.contains("not exist") || e.contains("нет такого")) {
                throw DeskHttp.noSuchTicket(name, id);
            }
            throw new GatewayException("rejected", http.who() + " refused the request for ticket " + id + " (HTTP "
                    + a.status() + "): " + SafeText.clean(http.secrets().scrub(error)));
        }
        if (body == null || a.status() / 100 != 2) {
            throw http.unexpected(a, body == null ? "something that is not JSON (" + a.describeBody() + ")"
                    : "an error it did not explain");
        }
        return body;
    }

    /** Usedesk's error: {"error": "…"} or {"status": "error", "message": "…"}. */
    private static String errorText(JsonNode body) {
        JsonNode e = body.get("error");
        if (e != null && !e.isNull()) {
            return e.isTextual() ? e.asText() : e.toString();
        }
        if ("error".equalsIgnoreCase(text(body, "status"))) {
            String m = text(body, "message");
            return m == null ? "error" : m;
        }
        return null;
    }
}
