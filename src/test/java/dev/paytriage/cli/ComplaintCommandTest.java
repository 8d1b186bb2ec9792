package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.reply.TemplateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String RU_7731 = "Здравствуйте, с карты 4276 3800 1234 5678 списали 142,50 руб вчера в 23:10, "
            + "а в магазине заказ 7731 не оплачен!!!";

    /** The JSON a complaint printed; every complaint here ends with a verdict, exit 0 (a question is a verdict too). */
    static JsonNode json(CliRun.Result r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void a_russian_complaint_on_stdin_naming_an_order_gets_the_verdict_and_a_russian_reply() throws Exception {
        CliRun.Result text = new CliRun().stdin(RU_7731).run("complaint", "-");
        CliRun.Result r = new CliRun().stdin(RU_7731).run("complaint", "-", "-o", "json");

        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Complaint (ru)").contains("order 7731")
                .contains("● MODULE MISCONFIGURED  notification_not_processed");
        JsonNode j = json(r);
        assertThat(j.at("/query/matched_by").asText()).isEqualTo("order_id");
        assertThat(j.at("/complaint/language").asText()).isEqualTo("ru");
        assertThat(j.at("/complaint/topic/value").asText()).isEqualTo("charged_not_confirmed");
        assertThat(j.at("/complaint/topic/source").asText()).isEqualTo("text");
        assertThat(j.at("/transaction/order_id").asText()).isEqualTo("7731");
        assertThat(j.at("/verdict/party").asText()).isEqualTo("module_misconfigured");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("notification_not_processed");
        assertThat(j.at("/reply/lang").asText()).isEqualTo("ru");
        assertThat(j.at("/reply/text").asText()).containsPattern("[а-яё]{4,}").contains("7731");
        // The complaint's card (…5678) is not the one that paid (…2284): the agent is told, once.
        assertThat(r.err().lines()).containsExactly("paytriage: the complaint names a card ending 5678, but "
                + "65308-1b8d4f2e97 was paid with a card ending 2284: check this is the payment the customer means");
        assertThat(j.at("/complaint/notes/0").asText()).contains("card ending 5678");
    }

    @Test
    void nothing_findable_under_no_input_exits_0_undetermined_asking_for_exactly_what_is_missing() throws Exception {
        String complaint = "I paid 12.34 BYN yesterday and the payment failed";
        CliRun.Result r = new CliRun().run("complaint", complaint, "--no-input", "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = json(r);
        assertThat(j.at("/verdict/party").asText()).isEqualTo("undetermined");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("transaction_not_found");
        assertThat(j.get("transaction").isNull()).isTrue();
        List<String> missing = new ArrayList<>();
        j.at("/complaint/missing").forEach(m -> missing.add(m.asText()));
        assertThat(missing).containsExactly("reference", "shop", "card_last4", "payment_system");
        String reply = j.at("/reply/text").asText();
        assertThat(reply).contains("the order number from the shop").contains("the name of the shop")
                .contains("the last four digits of the card").contains("payment system");
        assertThat(reply).as("never asks for what the customer gave")
                .doesNotContain("amount").doesNotContain("date").doesNotContain("payout");
        assertThat(j.at("/complaint/facts/amounts/0/value").asText()).isEqualTo("12.34");
    }

    @Test
    void the_reply_asks_in_the_complaints_language() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "Доброго дня, у мене не проходять платежі", "--no-input",
                "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = json(r);
        assertThat(j.at("/complaint/language").asText()).isEqualTo("uk");
        assertThat(j.at("/verdict/party").asText()).isEqualTo("undetermined");
        if (TemplateStore.bundled("uk/layout/chat.mustache").isPresent()) {
            assertThat(j.at("/reply/lang").asText()).isEqualTo("uk");
            assertThat(j.at("/reply/text").asText()).contains("номер замовлення").contains("останні чотири цифри");
        } else {
            assertThat(j.at("/reply/lang").asText()).isEqualTo("en");
            assertThat(j.at("/reply/text").asText()).contains("the order number");
        }
    }

    @Test
    void explicit_lang_wins_over_the_complaints_language() throws Exception {
        CliRun.Result r = new CliRun().stdin(RU_7731).run("complaint", "-", "--lang", "en", "-o", "json");

        assertThat(json(r).at("/reply/lang").asText()).isEqualTo("en");
        assertThat(json(r).at("/complaint/language").asText()).isEqualTo("ru");
        assertThat(r.err()).doesNotContain("reply templates");
    }

    @Test
    void shop_amount_date_and_card_ending_find_the_payment_by_search() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "Cosmo Books, 45,90 BYN, 21 ноября, карта *3816, не прошла оплата",
                "-o", "json");

        JsonNode j = json(r);
        assertThat(j.at("/query/matched_by").asText()).isEqualTo("search");
        assertThat(j.at("/transaction/id").asText()).isEqualTo("58213-4f9a1c2b7e");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("insufficient_funds");
        assertThat(j.at("/complaint/match/candidates/0/why").toString()).contains("amount 45.90 BYN").contains("3816");
    }

    @Test
    void an_amount_off_by_a_factor_of_100_is_found_and_judged_a_module_in_wrong_units() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "shop Cosmo Books, charged 4590 BYN on 21.11, card ending 3816",
                "-o", "json");

        JsonNode j = json(r);
        assertThat(j.at("/transaction/id").asText()).isEqualTo("58213-4f9a1c2b7e");
        assertThat(j.at("/verdict/party").asText()).isEqualTo("module_misconfigured");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("amount_units");
    }

    @Test
    void several_equal_matches_without_a_terminal_list_the_candidates_and_ask_what_tells_them_apart() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "card ending 3321, payment declined at Lumen Prints", "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = json(r);
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("several_matches");
        assertThat(j.at("/complaint/match/candidates").size()).isEqualTo(2);
        assertThat(j.at("/complaint/match/candidates/0/why/0").asText()).isEqualTo("card •••• 3321");
        List<String> missing = new ArrayList<>();
        j.at("/complaint/missing").forEach(m -> missing.add(m.asText()));
        assertThat(missing).containsExactly("reference", "amount", "date", "payment_system");
        CliRun.Result text = new CliRun().run("complaint", "card ending 3321, payment declined at Lumen Prints");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("2 candidates, best first:").contains("1. ch_3SR7gSHt4sZy9eQd4DG7Uw7R");
    }

    @Test
    void one_more_fact_settles_several_matches() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "card ending 3321, payment declined at Lumen Prints",
                "--amount", "118 USD", "-o", "json");

        assertThat(json(r).at("/transaction/id").asText()).isEqualTo("ch_3SR7gSHt4sZy9eQd4DG7Uw7R");
        assertThat(json(r).at("/verdict/reason").asText()).isEqualTo("lost_or_stolen");
    }

    @Test
    void explicit_fields_win_over_the_text() throws Exception {
        CliRun.Result r = new CliRun().stdin(RU_7731).run("complaint", "-", "--order", "CB-10477", "-o", "json");

        JsonNode j = json(r);
        assertThat(j.at("/transaction/order_id").asText()).isEqualTo("CB-10477");
        assertThat(j.at("/complaint/facts/order_ids").toString()).isEqualTo("[\"CB-10477\"]");
    }

    @Test
    void fields_alone_are_a_complaint() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "--shop", "Cosmo Books", "--amount", "45.90", "--currency", "BYN",
                "--date", "2026-11-21", "--card-last4", "3816", "-o", "json");

        assertThat(r.exit()).isZero();
        assertThat(json(r).at("/transaction/id").asText()).isEqualTo("58213-4f9a1c2b7e");
    }

    @Test
    void a_stripe_id_in_the_text_is_looked_up_by_id() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "pi_3SQx3FNfQ2vKr8aT4XGgLeKv declined, €24.50 at Nord Coffee",
                "-o", "json");

        assertThat(json(r).at("/query/matched_by").asText()).isEqualTo("transaction_id");
        assertThat(json(r).at("/transaction/gateway_type").asText()).isEqualTo("stripe");
    }

    @Test
    void an_id_the_gateway_does_not_know_is_asked_for_again_by_name() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "order 99999 was not paid", "-o", "json");

        JsonNode j = json(r);
        assertThat(j.at("/verdict/party").asText()).isEqualTo("undetermined");
        assertThat(j.at("/complaint/missing/0").asText()).isEqualTo("reference_not_found");
        assertThat(j.at("/reply/text").asText()).contains("we found nothing under “99999”");
        assertThat(j.at("/verdict/evidence/0").asText()).contains("no order 99999 on gateway sandbox");
    }

    @Test
    void a_complaint_is_read_from_a_file() throws Exception {
        CliRun run = new CliRun();
        Path f = run.home().resolve("mail.txt");
        Files.writeString(f, "Payout to my card failed, 186 BYN, Mastercard ...2284", StandardCharsets.UTF_8);

        CliRun.Result r = run.run("complaint", "@" + f, "-o", "json");

        assertThat(r.exit()).isZero();
        assertThat(json(r).at("/transaction/id").asText()).isEqualTo("e8c31a56-0f94-4b27-8d1e-5a7c2f09b364");
    }

    @Test
    void bad_input_gets_one_line_and_exit_2() {
        CliRun.Result none = new CliRun().run("complaint");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err().lines()).hasSize(1);
        assertThat(none.err()).contains("no complaint given");

        CliRun.Result last4 = new CliRun().run("complaint", "payment failed", "--card-last4", "12");
        assertThat(last4.exit()).isEqualTo(2);
        assertThat(last4.err().lines()).hasSize(1);
        assertThat(last4.err()).contains("--card-last4 '12' is not the last four digits");

        CliRun.Result file = new CliRun().run("complaint", "@/no/such/file.txt");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.err()).contains("no file /no/such/file.txt");

        CliRun.Result type = new CliRun().run("complaint", "x", "--type", "refund");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("use charge or payout");
    }

    @Test
    void json_keys_are_stable_and_the_complaint_object_follows_the_query() throws Exception {
        JsonNode j = json(new CliRun().stdin(RU_7731).run("complaint", "-", "-o", "json"));
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "query", "complaint", "transaction", "attempts", "verdict", "reply");
        List<String> complaintKeys = new ArrayList<>();
        j.get("complaint").fieldNames().forEachRemaining(complaintKeys::add);
        assertThat(complaintKeys).containsExactly("language", "topic", "from", "said", "remedy", "facts", "match", "missing", "notes", "text");
        List<String> factKeys = new ArrayList<>();
        j.at("/complaint/facts").fieldNames().forEachRemaining(factKeys::add);
        assertThat(factKeys).containsExactly("refs", "order_ids", "amounts", "currency", "date", "card",
                "payment_systems", "type", "shop", "email");
        assertThat(j.at("/complaint/facts/card/masked").asText()).isEqualTo("427638******5678");
        assertThat(j.at("/complaint/text").asText()).contains("427638******5678").doesNotContain("4276 3800");
    }

    @Test
    void a_merchant_asking_why_payments_fail_gets_the_shop_wide_verdict_not_a_question_about_one_card()
            throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "Why are our customers' payments failing since Friday evening?",
                "--shop", "Bulba Games", "--no-input", "-o", "json");

        assertThat(r.exit()).isZero();
        JsonNode j = json(r);
        assertThat(j.at("/complaint/from/value").asText()).isEqualTo("merchant");
        assertThat(j.at("/verdict/party").asText()).isEqualTo("acquirer");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("many_cards_declined");
        assertThat(j.at("/verdict/evidence").toString()).contains("4 different cards failed at shop Bulba Games");
        assertThat(j.at("/reply/audience").asText()).isEqualTo("merchant");
        assertThat(r.err()).contains("the merchant asks about 4 failed payments at Bulba Games: judged together");
    }

    @Test
    void a_payer_whose_complaint_matches_several_payments_still_gets_the_list_and_a_question() throws Exception {
        CliRun.Result r = new CliRun().run("complaint", "my payment failed on Friday evening", "--shop", "Bulba Games", "--from", "payer",
                "--no-input", "-o", "json");

        JsonNode j = json(r);
        assertThat(j.at("/verdict/party").asText()).isEqualTo("undetermined");
        assertThat(j.at("/complaint/match/candidates").size()).isEqualTo(4);
    }

    @Test
    void a_shop_the_gateways_serve_is_recognised_by_name_without_a_cue_word() throws Exception {
        CliRun.Result r = new CliRun().run("complaint",
                "Здравствуйте, это Bulba Games. Почему у наших покупателей не проходят платежи с пятницы?",
                "--no-input", "-o", "json");

        JsonNode j = json(r);
        assertThat(j.at("/complaint/language").asText()).isEqualTo("ru");
        assertThat(j.at("/complaint/facts/shop").asText()).isEqualTo("Bulba Games");
        assertThat(j.at("/verdict/reason").asText()).isEqualTo("many_cards_declined");
        assertThat(j.at("/reply/lang").asText()).isEqualTo("ru");
    }
}
