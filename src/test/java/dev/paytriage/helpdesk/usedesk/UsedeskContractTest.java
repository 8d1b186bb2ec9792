package dev.paytriage.helpdesk.usedesk;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.helpdesk.DeskStub;
import dev.paytriage.helpdesk.DraftMarker;
import dev.paytriage.helpdesk.Helpdesk;
import dev.paytriage.helpdesk.PrivateNote;
import dev.paytriage.helpdesk.Ticket;
import dev.paytriage.helpdesk.TicketMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Usedesk adapter against Usedesk's documented shapes: every scalar a string, from/type on comments. */
class UsedeskContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DeskStub stub = new DeskStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void only_the_clients_public_comments_are_the_customers_words() throws Exception {
        stub.usedesk2152490();

        Ticket t = stub.desk("usedesk", null).ticket("2152490");

        assertThat(t.subject()).isEqualTo("Charged twice");
        assertThat(t.requesterEmail()).isEqualTo("mark.jensen@example.com");
        assertThat(t.locale()).isEqualTo("en");
        assertThat(t.messages()).hasSize(5);
        assertThat(t.customerMessages()).extracting(TicketMessage::text).containsExactly(
                "Hello,\n\nI was charged twice for the same order on 19 November, 56.30 BYN each time.\n"
                        + "Please refund one of the payments.",
                "It is order ORD-2208. Two payments 40 seconds apart, both went through.");
        JsonNode sent = JSON.readTree(stub.server.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertThat(sent.get("ticket_id").asText()).isEqualTo("2152490");
        assertThat(sent.get("api_token").asText()).isEqualTo(DeskStub.USEDESK_TOKEN);
    }

    @Test
    void numbers_where_the_example_has_strings_read_the_same() {
        stub.server.stubFor(post(urlPathEqualTo("/ticket")).willReturn(DeskStub.json(200, "{\"ticket\":{\"id\":7,"
                + "\"subject\":\"Payment\",\"email\":\"0\",\"status_id\":1},\"comments\":[{\"id\":1,\"message\":"
                + "\"Line one\\nLine two &quot;quoted&quot;\",\"from\":\"client\",\"user_id\":null,\"client_id\":3,"
                + "\"published_at\":\"2026-11-21 18:40:12\"}]}")));

        Ticket t = stub.desk("usedesk", null).ticket("7");

        assertThat(t.requesterEmail()).as("Usedesk's \"0\" is no address").isNull();
        assertThat(t.customerMessages()).extracting(TicketMessage::text).containsExactly("Line one\nLine two \"quoted\"");
    }

    @Test
    void an_error_naming_the_token_is_exit_4_and_an_unknown_ticket_exit_3() {
        stub.server.stubFor(post(urlPathEqualTo("/ticket")).willReturn(DeskStub.json(200,
                "{\"error\":\"Wrong api_token\"}")));
        PaytriageException auth = catchThrowableOfType(PaytriageException.class,
                () -> stub.desk("usedesk", null).ticket("1"));
        stub.server.resetAll();
        stub.server.stubFor(post(urlPathEqualTo("/ticket")).willReturn(DeskStub.json(200,
                "{\"error\":\"Ticket not found\"}")));
        PaytriageException missing = catchThrowableOfType(PaytriageException.class,
                () -> stub.desk("usedesk", null).ticket("2"));

        assertThat(auth.exitCode()).isEqualTo(ExitCode.GATEWAY);
        assertThat(auth.getMessage()).contains("help desk ud refused the credentials").contains("api_token under helpdesks.ud");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void the_note_is_a_private_comment_written_as_the_configured_agent() throws Exception {
        stub.usedesk2152490();
        Helpdesk ud = stub.desk("usedesk", "545");
        Ticket t = ud.ticket("2152490");

        ud.addPrivateNote(t, PrivateNote.draft("DRAFT\n\nrefund one", new DraftMarker("2152490", "66021-f4b8e2a175")));

        JsonNode body = JSON.readTree(stub.writes().get(0).getBodyAsString());
        assertThat(body.get("type").asText()).isEqualTo("private");
        assertThat(body.get("from").asText()).isEqualTo("user");
        assertThat(body.get("user_id").asText()).isEqualTo("545");
        assertThat(body.get("message").asText()).contains("ref paytriage:2152490:66021-f4b8e2a175");
    }
}
