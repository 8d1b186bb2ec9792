package dev.paytriage.helpdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.paytriage.gateway.http.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Zendesk and Usedesk as WireMock serves them, from payloads in the desks' documented shapes
 * (src/test/resources/helpdesk), with invented credentials. A posted note can be made part of the
 * ticket ({@link #reflectZendeskNotes}, {@link #reflectUsedeskNotes}) as the real desk would show it
 * on the next read. On close it fails the test if any request could have made a comment public.
 */
public final class DeskStub implements AutoCloseable {
    public static final String ZENDESK_EMAIL = "night.agent@cosmopay.example";
    public static final String ZENDESK_TOKEN = "zd-api-token-Qm48Xv2L9wPz";
    public static final String USEDESK_TOKEN = "ud-token-8f3b0c6e2a71d94f0b55";
    public static final List<String> SECRETS = List.of(ZENDESK_TOKEN, USEDESK_TOKEN,
            Secrets.basicToken(ZENDESK_EMAIL + "/token", ZENDESK_TOKEN));
    private static final ObjectMapper JSON = new ObjectMapper();

    public final WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());

    public DeskStub() {
        server.start();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** A config with desk zd (Zendesk) and ud (Usedesk) at this stub; zd is the default. */
    public String yaml(String extra) {
        return "default_helpdesk: zd\n"
                + "helpdesks:\n"
                + "  zd:\n    type: zendesk\n    base_url: " + baseUrl() + "\n    email: " + ZENDESK_EMAIL
                + "\n    api_token: ${ZENDESK_API_TOKEN}\n    total_timeout: 10s\n"
                + "  ud:\n    type: usedesk\n    base_url: " + baseUrl() + "\n    api_token: ${USEDESK_API_TOKEN}\n"
                + "    total_timeout: 10s\n" + (extra == null ? "" : extra);
    }

    /** Log lines the desks wrote (--verbose), checked for secrets. */
    public final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A desk of the given type at this stub, with short timeouts. */
    public Helpdesk desk(String type, String userId) {
        var c = new dev.paytriage.config.HelpdeskConfig(type, baseUrl(), ZENDESK_EMAIL,
                "zendesk".equals(type) ? ZENDESK_TOKEN : USEDESK_TOKEN, userId, "2s", "2s", "10s", 3);
        return DeskTypes.factories().get(type).create("zendesk".equals(type) ? "zd" : "ud", c,
                new dev.paytriage.gateway.Gateways.Context(dev.paytriage.config.Config.none(), log::add));
    }

    public String resource(String name) {
        try (InputStream in = DeskStub.class.getResourceAsStream("/helpdesk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", baseUrl());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ticket 48211: the ticket with its users, two pages of comments, and a PUT that accepts a note. */
    public void zendesk48211() {
        server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211.json"))
                .withQueryParam("include", equalTo("users"))
                .willReturn(json(200, resource("zendesk/ticket-48211.json"))));
        server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211/comments.json"))
                .withQueryParam("page[size]", equalTo("100"))
                .willReturn(json(200, resource("zendesk/comments-48211-1.json"))));
        stubZendeskPage2(resource("zendesk/comments-48211-2.json"));
        server.stubFor(put(urlPathEqualTo("/api/v2/tickets/48211.json"))
                .willReturn(json(200, "{\"ticket\":{\"id\":48211,\"status\":\"open\"},\"audit\":{\"id\":71099,"
                        + "\"events\":[{\"id\":39099,\"type\":\"Comment\",\"public\":false}]}}")));
    }

    private void stubZendeskPage2(String body) {
        server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211/comments.json"))
                .withQueryParam("page[after]", equalTo("eyJvIjoiY3JlYXRlZF9hdCIsInYiOiJaRDgwIn0"))
                .atPriority(1)
                .willReturn(json(200, body)));
    }

    /** Puts every note PUT so far into the last comments page, as Zendesk would show it. */
    public void reflectZendeskNotes() throws IOException {
        ObjectNode page = (ObjectNode) JSON.readTree(resource("zendesk/comments-48211-2.json"));
        ArrayNode comments = (ArrayNode) page.get("comments");
        int id = 39100;
        for (LoggedRequest r : server.findAll(com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
                urlPathEqualTo("/api/v2/tickets/48211.json")))) {
            JsonNode c = JSON.readTree(r.getBodyAsString()).at("/ticket/comment");
            ObjectNode n = comments.addObject();
            n.put("id", id++).put("type", "Comment").put("author_id", 5001).put("html_body", c.path("html_body").asText())
                    .put("body", org.jsoup.Jsoup.parse(c.path("html_body").asText()).text())
                    .put("public", c.path("public").asBoolean(true)).put("created_at", "2026-11-23T09:00:01Z");
        }
        stubZendeskPage2(page.toString());
    }

    /** Ticket 2152490: POST /ticket answers it (every scalar a string); /create/comment accepts a note. */
    public void usedesk2152490() {
        stubUsedeskTicket(resource("usedesk/ticket-2152490.json"));
        server.stubFor(post(urlPathEqualTo("/create/comment"))
                .willReturn(json(200, "{\"status\":\"success\",\"comment_id\":2658501}")));
    }

    private void stubUsedeskTicket(String body) {
        server.stubFor(post(urlPathEqualTo("/ticket"))
                .withRequestBody(matchingJsonPath("$.ticket_id", equalTo("2152490")))
                .withRequestBody(matchingJsonPath("$.api_token", equalTo(USEDESK_TOKEN)))
                .willReturn(json(200, body)));
    }

    /** Puts every note created so far into the ticket's comments, as Usedesk would return them. */
    public void reflectUsedeskNotes() throws IOException {
        ObjectNode ticket = (ObjectNode) JSON.readTree(resource("usedesk/ticket-2152490.json"));
        ArrayNode comments = (ArrayNode) ticket.get("comments");
        int id = 2658500;
        for (LoggedRequest r : server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/create/comment")))) {
            JsonNode c = JSON.readTree(r.getBodyAsString());
            comments.addObject().put("id", String.valueOf(id++)).put("message", c.path("message").asText())
                    .put("from", "user").put("type", c.path("type").asText("private")).put("user_id", "545")
                    .put("ticket_id", "2152490").put("published_at", "2026-11-23 09:00:01");
        }
        stubUsedeskTicket(ticket.toString());
    }

    public List<LoggedRequest> writes() {
        List<LoggedRequest> out = new java.util.ArrayList<>();
        server.getAllServeEvents().forEach(e -> {
            String m = e.getRequest().getMethod().getName();
            if (m.equals("PUT") || m.equals("POST") && e.getRequest().getUrl().contains("/create/")) {
                out.add(e.getRequest());
            }
        });
        return out;
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    @Override
    public void close() {
        try {
            for (String secret : SECRETS) {
                log.forEach(l -> assertThat(l).doesNotContain(secret));
            }
            assertThat(PublicWrites.in(server)).as("requests that could make a comment public").isEmpty();
        } finally {
            server.stop();
        }
    }
}
