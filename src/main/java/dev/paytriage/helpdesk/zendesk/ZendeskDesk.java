package dev.paytriage.helpdesk.zendesk;

import static dev.paytriage.gateway.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.paytriage.helpdesk.TicketMessage;
import dev.paytriage.model.SafeText;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Zendesk Support: {@code GET /api/v2/tickets/{id}.json?include=users} (the requester's e-mail and
 * locale come sideloaded), {@code GET /api/v2/tickets/{id}/comments.json} page by page (cursor
 * pagination, 100 a page), and the internal note by {@code PUT /api/v2/tickets/{id}.json}. Basic auth as
 * {@code {email}/token} with the API token. Zendesk answers 429 with Retry-After (ticket updates: 30 per
 * 10 minutes per ticket); the shared client waits as asked, within total_timeout.
 */
public final class ZendeskDesk implements Helpdesk {
    public static final String TYPE = "zendesk";
    static final int PAGE_SIZE = 100;
    /** A ticket holds at most 5,000 comments: 50 full pages; past this a server is looping. */
    static final int MAX_PAGES = 60;

    private final String name;
    private final HttpUrl base;
    private final GatewayHttp http;

    ZendeskDesk(String name, HttpUrl base, GatewayHttp http) {
        this.name = name;
        this.base = base;
        this.http = http;
    }

    public static Helpdesk create(String name, HelpdeskConfig c, Gateways.Context ctx) {
        HttpUrl base = DeskHttp.base(name, c, "https://yourcompany.zendesk.com", ctx);
        String user = c.email() + "/token";
        var credentials = new GatewayHttp.Credentials("Authorization", "Basic " + Secrets.basicToken(user, c.apiToken()),
                "email and api_token under helpdesks." + name);
        Secrets secrets = Secrets.of(c.apiToken()).withBasic(user, c.apiToken());
        return new ZendeskDesk(name, base, DeskHttp.client(name, c, credentials, secrets, ctx));
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
        Answer a = http.get(Urls.path(base, "api", "v2", "tickets", id + ".json").addQueryParameter("include", "users")
                .build());
        JsonNode body = read(a, id, "the ticket");
        JsonNode ticket = ZendeskMapper.ticket(body);
        if (ticket == null) {
            throw http.unexpected(a, "no \"ticket\" object");
        }
        String requesterId = text(ticket, "requester_id");
        JsonNode requester = ZendeskMapper.requester(body, requesterId);
        List<TicketMessage> messages = comments(id, requesterId);
        String url = Urls.path(base, "agent", "tickets", id).build().toString();
        return new Ticket(name, TYPE, id, url, ZendeskMapper.subject(ticket),
                SafeText.clean(text(requester, "email")), ZendeskMapper.locale(requester), messages);
    }

    /** Every comment, following the pages to the last one. */
    private List<TicketMessage> comments(String id, String requesterId) {
        List<TicketMessage> out = new ArrayList<>();
        HttpUrl url = Urls.path(base, "api", "v2", "tickets", id, "comments.json")
                .addQueryParameter("page[size]", String.valueOf(PAGE_SIZE)).build();
        for (int page = 1; url != null; page++) {
            if (page > MAX_PAGES) {
                throw new GatewayException("garbage", http.who() + " gave more than " + MAX_PAGES + " pages of comments"
                        + " for ticket " + id + " (a ticket holds at most 5,000): check base_url in " + http.configSource());
            }
            Answer a = http.get(url);
            JsonNode body = read(a, id, "the comments");
            List<JsonNode> comments = ZendeskMapper.comments(body);
            if (comments == null) {
                throw http.unexpected(a, "no \"comments\" list");
            }
            comments.forEach(c -> out.add(ZendeskMapper.message(c, requesterId)));
            url = sameOrigin(a, ZendeskMapper.next(body));
        }
        return out;
    }

    /** The next page's link, only if it points where the credentials already go. */
    private HttpUrl sameOrigin(Answer a, String next) {
        if (next == null) {
            return null;
        }
        HttpUrl u = HttpUrl.parse(next);
        if (u == null || !u.scheme().equals(base.scheme()) || !u.host().equals(base.host()) || u.port() != base.port()) {
            throw http.unexpected(a, "a next-page link to another address (" + next + "), which paytriage does not"
                    + " follow with the desk's credentials");
        }
        return u;
    }

    @Override
    public void addPrivateNote(Ticket ticket, PrivateNote note) {
        Answer a = http.write("PUT", Urls.path(base, "api", "v2", "tickets", ticket.id() + ".json").build(),
                ZendeskNoteRequest.body(note));
        if (a.status() == 404) {
            throw DeskHttp.noSuchTicket(name, ticket.id());
        }
        if (a.status() == 422 || a.status() == 409 || a.status() == 400) {
            throw new GatewayException("rejected", http.who() + " refused the note on ticket " + ticket.id() + " (HTTP "
                    + a.status() + "): " + SafeText.clean(http.secrets().scrub(reasons(a)))
                    + " — a closed ticket takes no new comments: make a follow-up ticket, then post there");
        }
        if (a.status() / 100 != 2) {
            throw http.unexpected(a, "an answer it did not expect to a ticket update");
        }
        http.json(a);
    }

    private JsonNode read(Answer a, String id, String what) {
        if (a.status() == 404) {
            throw DeskHttp.noSuchTicket(name, id);
        }
        if (a.status() / 100 != 2) {
            throw http.unexpected(a, "an error instead of " + what + ": " + reasons(a));
        }
        return http.json(a);
    }

    /** Zendesk's own words: "description", then each "details" entry's description. */
    private static String reasons(Answer a) {
        try {
            JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(a.body());
            List<String> out = new ArrayList<>();
            String d = text(body, "description");
            if (d != null) {
                out.add(d);
            }
            JsonNode details = body.get("details");
            if (details != null) {
                details.forEach(list -> list.forEach(item -> {
                    String s = text(item, "description");
                    if (s != null) {
                        out.add(s);
                    }
                }));
            }
            return out.isEmpty() ? a.describeBody() : String.join("; ", out);
        } catch (Exception e) {
            return a.describeBody();
        }
    }
}
