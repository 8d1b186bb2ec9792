package dev.paytriage.helpdesk.zendesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.GatewayException;
import dev.paytriage.helpdesk.DeskStub;
import dev.paytriage.helpdesk.DraftMarker;
import dev.paytriage.helpdesk.Helpdesk;
import dev.paytriage.helpdesk.PrivateNote;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.helpdesk.TicketMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Zendesk adapter against Zendesk's documented shapes: ticket with sideloaded users, cursor pages, the note. */
class ZendeskContractTest {
    private final DeskStub stub = new DeskStub();
    private final Helpdesk zd = stub.desk("zendesk", null);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void reads_every_page_and_keeps_only_the_requesters_public_words_as_text() {
        stub.zendesk48211();

        Ticket t = zd.ticket("48211");

        assertThat(t.subject()).isEqualTo("Списали деньги, а заказ не оплачен");
        assertThat(t.requesterEmail()).isEqualTo("olga.petrova@example.com");
        assertThat(t.locale()).isEqualTo("ru");
        assertThat(t.messages()).extracting(TicketMessage::id).containsExactly("39001", "39002", "39003", "39004");
        assertThat(t.customerMessages()).extracting(TicketMessage::text).containsExactly(
                "Здравствуйте!\n\nС карты списали 142,50 руб вчера в 23:10,\nа в магазине заказ не оплачен!!!",
                "Номер заказа 7731, платила картой 411111******1111.");
        assertThat(t.messages().get(1).fromCustomer()).as("an agent's public reply").isFalse();
        assertThat(t.messages().get(2).internal()).as("an internal note").isTrue();
        assertThat(stub.server.findAll(getRequestedFor(urlPathEqualTo("/api/v2/tickets/48211/comments.json"))
                .withQueryParam("page[after]", equalTo("eyJvIjoiY3JlYXRlZF9hdCIsInYiOiJaRDgwIn0")))).hasSize(1);
        assertThat(t.url()).isEqualTo(stub.baseUrl() + "/agent/tickets/48211");
    }

    @Test
    void offset_pagination_is_followed_too() {
        stub.zendesk48211();
        stub.server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211/comments.json")).atPriority(1)
                .withQueryParam("page[size]", equalTo("100"))
                .willReturn(DeskStub.json(200, "{\"comments\":[],\"next_page\":\"" + stub.baseUrl()
                        + "/api/v2/tickets/48211/comments.json?page=2\",\"previous_page\":null,\"count\":1}")));
        stub.server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211/comments.json")).atPriority(1)
                .withQueryParam("page", equalTo("2"))
                .willReturn(DeskStub.json(200, "{\"comments\":[{\"id\":1,\"author_id\":9001,\"public\":true,"
                        + "\"body\":\"hello &amp; thanks\",\"created_at\":\"2026-11-22T20:41:07Z\"}],\"next_page\":null}")));

        Ticket t = zd.ticket("48211");

        assertThat(t.customerMessages()).extracting(TicketMessage::text).containsExactly("hello & thanks");
    }

    @Test
    void a_429_on_a_page_is_waited_out_as_retry_after_asks() {
        stub.zendesk48211();
        stub.server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211/comments.json")).atPriority(1)
                .withQueryParam("page[size]", equalTo("100")).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));

        Ticket t = zd.ticket("48211");

        assertThat(t.messages()).hasSize(4);
        assertThat(stub.log).anyMatch(l -> l.contains("-> 429") && l.contains("retrying in"));
    }

    @Test
    void an_unknown_ticket_is_exit_3() {
        stub.server.stubFor(get(urlPathEqualTo("/api/v2/tickets/404.json"))
                .willReturn(DeskStub.json(404, "{\"error\":\"RecordNotFound\",\"description\":\"Not found\"}")));

        PaytriageException e = catchThrowableOfType(PaytriageException.class, () -> zd.ticket("404"));

        assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(e.getMessage()).startsWith("no ticket 404 on help desk zd");
    }

    @Test
    void the_note_is_a_put_of_one_comment_with_public_false_and_html() throws Exception {
        stub.zendesk48211();
        Ticket t = zd.ticket("48211");

        zd.addPrivateNote(t, PrivateNote.draft("DRAFT — not sent\n\nHello <customer> & co,\ncard 4111 1111 1111 1111",
                new DraftMarker("48211", "65308-1b8d4f2e97")));

        JsonNode body = new ObjectMapper().readTree(stub.writes().get(0).getBodyAsString());
        assertThat(body.at("/ticket").size()).as("nothing but the comment is changed").isEqualTo(1);
        assertThat(body.at("/ticket/comment/public").isBoolean()).isTrue();
        assertThat(body.at("/ticket/comment/public").asBoolean()).isFalse();
        assertThat(body.at("/ticket/comment/html_body").asText()).isEqualTo("<p><strong>DRAFT — not sent</strong></p>"
                + "<p>Hello &lt;customer&gt; &amp; co,<br>card 411111******1111</p>"
                + "<p><small style=\"color:#888888\">ref paytriage:48211:65308-1b8d4f2e97</small></p>");
        assertThat(stub.writes().get(0).getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void a_closed_ticket_refusing_the_note_is_exit_4_with_zendesks_words() {
        stub.zendesk48211();
        Ticket t = zd.ticket("48211");
        stub.server.stubFor(put(urlPathEqualTo("/api/v2/tickets/48211.json")).atPriority(1).willReturn(DeskStub.json(422,
                "{\"error\":\"RecordInvalid\",\"description\":\"Record validation errors\",\"details\":{\"status\":"
                        + "[{\"description\":\"Status: closed prevents ticket update\"}]}}")));

        GatewayException e = catchThrowableOfType(GatewayException.class,
                () -> zd.addPrivateNote(t, PrivateNote.draft("x", new DraftMarker("48211", null))));

        assertThat(e.exitCode()).isEqualTo(ExitCode.GATEWAY);
        assertThat(e.getMessage()).contains("help desk zd refused the note on ticket 48211 (HTTP 422)")
                .contains("Status: closed prevents ticket update").contains("follow-up");
        assertThat(stub.server.findAll(putRequestedFor(urlPathEqualTo("/api/v2/tickets/48211.json")))).hasSize(1);
    }

    @Test
    void a_next_page_link_to_another_host_is_not_followed_with_the_credentials() {
        stub.zendesk48211();
        stub.server.stubFor(get(urlPathEqualTo("/api/v2/tickets/48211/comments.json")).atPriority(1)
                .withQueryParam("page[size]", equalTo("100"))
                .willReturn(DeskStub.json(200, "{\"comments\":[],\"meta\":{\"has_more\":true},"
                        + "\"links\":{\"next\":\"https://evil.example/steal\"}}")));

        GatewayException e = catchThrowableOfType(GatewayException.class, () -> zd.ticket("48211"));

        assertThat(e.getMessage()).contains("a next-page link to another address");
    }
}
