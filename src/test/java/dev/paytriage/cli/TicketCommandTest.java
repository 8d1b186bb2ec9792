package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.helpdesk.DeskStub;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ticket against stub Zendesk and Usedesk desks, the transactions on the embedded sandbox gateway: the
 * verdict is the one complaint gives for the customer's own words; --post leaves exactly one private note,
 * with no card number in it.
 */
class TicketCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the Zendesk customer wrote: the subject, then her two messages (the quoted agent reply is not hers). */
    static final String OLGA = "Списали деньги, а заказ не оплачен\n\nЗдравствуйте!\n\nС карты списали 142,50 руб вчера"
            + " в 23:10,\nа в магазине заказ не оплачен!!!\n\nНомер заказа 7731, платила картой 4111 1111 1111 1111.";
    static final String MARK = "Charged twice\n\nHello,\n\nI was charged twice for the same order on 19 November,"
            + " 56.30 BYN each time.\nPlease refund one of the payments.\n\nIt is order ORD-2208. Two payments 40 seconds"
            + " apart, both went through.";

    private DeskStub desk;
    private Path config;

    @BeforeEach
    void start() throws Exception {
        desk = new DeskStub();
        desk.zendesk48211();
        desk.usedesk2152490();
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    private CliRun cli() throws Exception {
        CliRun run = new CliRun().env("ZENDESK_API_TOKEN", DeskStub.ZENDESK_TOKEN)
                .env("USEDESK_API_TOKEN", DeskStub.USEDESK_TOKEN);
        config = run.home().resolve("config.yaml");
        Files.writeString(config, desk.yaml(null));
        return run;
    }

    private CliRun.Result ticket(String... args) throws Exception {
        CliRun run = cli();
        String[] all = new String[args.length + 3];
        all[0] = "ticket";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--config";
        all[args.length + 2] = config.toString();
        CliRun.Result r = run.run(all);
        for (String secret : DeskStub.SECRETS) {
            assertThat(r.out() + r.err()).doesNotContain(secret);
        }
        return r;
    }

    @Test
    void a_zendesk_ticket_gets_the_verdict_complaint_gives_for_the_customers_own_words() throws Exception {
        CliRun.Result t = ticket("zd:48211", "-o", "json", "--no-input");
        CliRun.Result c = new CliRun().stdin(OLGA).run("complaint", "-", "-o", "json", "--no-input").ok();

        assertThat(t.exit()).as(t.err()).isZero();
        JsonNode tj = JSON.readTree(t.out());
        JsonNode cj = JSON.readTree(c.out());
        assertThat(tj.at("/verdict")).isEqualTo(cj.at("/verdict"));
        assertThat(tj.at("/transaction/id")).isEqualTo(cj.at("/transaction/id"));
        assertThat(tj.at("/reply")).isEqualTo(cj.at("/reply"));
        assertThat(tj.at("/transaction/order_id").asText()).isEqualTo("7731");
        assertThat(tj.at("/complaint/language").asText()).isEqualTo("ru");
        assertThat(tj.at("/complaint/facts/order_ids").toString()).as("the agent's reply and note are not read")
                .isEqualTo("[\"7731\"]");
        assertThat(tj.at("/complaint/facts/email").asText()).isEqualTo("olga.petrova@example.com");
        assertThat(tj.at("/complaint/text").asText()).doesNotContain("ORD-9999").doesNotContain("ORD-5555")
                .doesNotContain("4111 1111 1111 1111").contains("411111******1111");
        List<String> keys = new java.util.ArrayList<>();
        tj.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("schema", "query", "ticket", "complaint");
        assertThat(tj.get("ticket").toString()).isEqualTo("{\"desk\":\"zd\",\"id\":\"48211\",\"posted\":false,"
                + "\"already_posted\":false,\"url\":\"" + desk.baseUrl() + "/agent/tickets/48211\"}");
        assertThat(desk.writes()).as("no --post, nothing written").isEmpty();
    }

    @Test
    void post_twice_on_zendesk_leaves_exactly_one_private_note_without_the_card_number() throws Exception {
        CliRun.Result first = ticket("zd:48211", "--post", "-o", "json");
        desk.reflectZendeskNotes();
        CliRun.Result second = ticket("48211", "--post", "-o", "json");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(JSON.readTree(first.out()).at("/ticket/posted").asBoolean()).isTrue();
        assertThat(first.err()).contains("added the draft to ticket zd:48211 as an internal note (not sent to the customer)");
        assertThat(second.exit()).isZero();
        assertThat(JSON.readTree(second.out()).at("/ticket/posted").asBoolean()).isFalse();
        assertThat(JSON.readTree(second.out()).at("/ticket/already_posted").asBoolean()).isTrue();
        assertThat(second.err().lines().filter(l -> l.contains("already has the draft")))
                .containsExactly("paytriage: ticket zd:48211 already has the draft for this transaction: nothing added");
        assertThat(desk.writes()).hasSize(1);
        JsonNode put = JSON.readTree(desk.writes().get(0).getBodyAsString());
        assertThat(put.at("/ticket/comment/public").isBoolean()).isTrue();
        assertThat(put.at("/ticket/comment/public").asBoolean()).isFalse();
        String html = put.at("/ticket/comment/html_body").asText();
        assertThat(html).contains("NOT sent to the customer").contains("65308-1b8d4f2e97")
                .contains("paytriage:48211:65308-1b8d4f2e97")
                .doesNotContain("4111 1111 1111 1111").doesNotContain("4111111111111111")
                .doesNotContain("4111&nbsp;1111");
        assertThat(html.replaceAll("<[^>]+>", " ")).doesNotContainPattern("\\d{13,19}");
    }

    @Test
    void a_usedesk_ticket_reads_only_the_clients_public_comments_and_posts_one_private_note() throws Exception {
        CliRun.Result t = ticket("ud:2152490", "-o", "json");
        CliRun.Result c = new CliRun().stdin(MARK).run("complaint", "-", "-o", "json", "--no-input").ok();

        assertThat(t.exit()).as(t.err()).isZero();
        JsonNode tj = JSON.readTree(t.out());
        JsonNode cj = JSON.readTree(c.out());
        assertThat(tj.at("/verdict")).isEqualTo(cj.at("/verdict"));
        assertThat(tj.at("/transaction/id")).isEqualTo(cj.at("/transaction/id"));
        assertThat(tj.at("/verdict/reason").asText()).isEqualTo("duplicate_charge");
        assertThat(tj.at("/complaint/facts/order_ids").toString()).isEqualTo("[\"ORD-2208\"]");
        assertThat(tj.at("/complaint/facts/email").asText()).isEqualTo("mark.jensen@example.com");

        CliRun.Result posted = ticket("ud:2152490", "--post");
        desk.reflectUsedeskNotes();
        CliRun.Result again = ticket("ud:2152490", "--post");
        assertThat(posted.exit()).isZero();
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("already has the draft");
        assertThat(desk.writes()).hasSize(1);
        JsonNode body = JSON.readTree(desk.writes().get(0).getBodyAsString());
        assertThat(body.get("type").asText()).isEqualTo("private");
        assertThat(body.get("ticket_id").asText()).isEqualTo("2152490");
        assertThat(body.get("message").asText()).contains("NOT sent to the customer").contains("ORD-2208");
    }

    @Test
    void an_unknown_ticket_exits_3_and_a_refused_token_exits_4_naming_the_key() throws Exception {
        CliRun.Result missing = ticket("zd:99999");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).startsWith("paytriage: no ticket 99999 on help desk zd");

        desk.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/v2/tickets/777.json"))
                .willReturn(DeskStub.json(401, "{\"error\":\"Couldn't authenticate you\"}")));
        CliRun.Result refused = ticket("zd:777");
        assertThat(refused.exit()).isEqualTo(4);
        assertThat(refused.err().lines().toList()).hasSize(1);
        assertThat(refused.err()).contains("help desk zd refused the credentials (HTTP 401)")
                .contains("email and api_token under helpdesks.zd");
    }

    @Test
    void no_desk_configured_is_exit_5_and_a_ticket_that_is_no_number_exit_2() throws Exception {
        CliRun.Result none = new CliRun().run("ticket", "48211");
        CliRun.Result word = ticket("zd:abc");
        CliRun.Result unknown = ticket("fd:1");

        assertThat(none.exit()).isEqualTo(5);
        assertThat(none.err()).startsWith("paytriage: no help desk is configured: add one under helpdesks:");
        assertThat(word.exit()).isEqualTo(2);
        assertThat(word.err()).contains("'abc' is not a ticket id");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown help desk 'fd': use one of zd, ud");
    }
}
