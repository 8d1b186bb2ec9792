package dev.paytriage.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.cli.CliRun;
import dev.paytriage.complaint.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Scores the tool on material nobody on the team wrote (src/test/resources/corpus/, sources in its README):
 * every complaint goes through the real {@code complaint} command against a loopback gateway serving its
 * transaction, every recorded-shape answer through its adapter and triage via {@code check}. Prints the
 * table and writes it to target/corpus-score.md.
 *
 * <p>No card number and no secret may reach the output: that holds always. The accuracy targets of issue 11
 * are assertions too (off only with {@code -Dcorpus.lenient=true}, to measure a change while it is under way).
 */
class RealCorpusScoreTest {
    static final String LENIENT = "corpus.lenient";
    static final String WHY_OFF = "issue 11's accuracy targets are off with -Dcorpus.lenient=true (to measure a change that lowers them)";

    static CorpusGateway gateway;
    static final Score COMPLAINTS = new Score(List.of("party", "topic", "language", "audience", "author"));
    static final Score PAYLOADS = new Score(List.of("read", "party", "reason", "status"));
    static final List<String> LEAKS = new ArrayList<>();
    static List<RealCorpus.Complaint> complaints;
    static List<RealCorpus.Payload> payloads;

    @BeforeAll
    static void runEverything() throws IOException {
        complaints = RealCorpus.complaints();
        payloads = RealCorpus.payloads();
        gateway = new CorpusGateway();
        complaints.forEach(RealCorpusScoreTest::runComplaint);
        payloads.forEach(RealCorpusScoreTest::runPayload);
        String report = report();
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "corpus-score.md"), report);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private static CliRun cli() {
        CliRun run = new CliRun();
        gateway.env().forEach(run::env);
        return run;
    }

    static void runComplaint(RealCorpus.Complaint c) {
        gateway.serve(c.transactions());
        List<String> args = new ArrayList<>(List.of("complaint", "-", "-g", c.gateway(), "--no-input", "-o", "json",
                "--config", gateway.config().toString()));
        args.addAll(lookupHint(c));
        CliRun.Result r = cli().stdin(c.text()).run(args.toArray(String[]::new));
        leaks(c.id(), c.text(), r);
        JsonNode j = parse(r);
        String party = j == null ? "exit " + r.exit() : j.at("/verdict/party").asText();
        String topic = j == null ? null : j.at("/complaint/topic/value").asText(null);
        String lang = j == null ? null : j.at("/reply/lang").asText(null);
        String from = j == null ? null : j.at("/complaint/from/value").asText(null);
        // whom the reply is written to: what the agent pastes, whether or not intake named the author
        String audience = j == null ? null : j.at("/reply/audience").asText(null);
        Map<String, Boolean> right = new LinkedHashMap<>();
        right.put("party", c.party().equals(party));
        right.put("topic", c.topic().equals(topic));
        right.put("language", c.replyLang().equals(lang));
        right.put("audience", c.author().equals(audience));
        right.put("author", c.author().equals(from));
        List<String> miss = new ArrayList<>();
        if (!right.get("party")) {
            miss.add("party " + c.party() + " → " + party + (j == null ? "" : " (" + j.at("/verdict/reason").asText() + ")"));
        }
        if (!right.get("topic")) {
            miss.add("topic " + c.topic() + " → " + topic);
        }
        if (!right.get("language")) {
            miss.add("reply " + c.replyLang() + " → " + lang);
        }
        COMPLAINTS.add(new Score.Run(c.id(), Score.slices("lang", c.lang(), "author", c.author(), "party", c.party(),
                "topic", c.topic(), "gateway", c.gateway()), right, miss.isEmpty() ? null : String.join("; ", miss)));
    }

    /**
     * What an agent adds when the text names no id the gateway knows: the order (so every attempt of it is
     * found) or, without one, the transaction id. Ids the text does name are left for the intake to find.
     */
    static List<String> lookupHint(RealCorpus.Complaint c) {
        if (c.transactions().isEmpty()) {
            return List.of();
        }
        String text = c.text().toLowerCase(Locale.ROOT);
        Set<String> orders = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (RealCorpus.Answer a : c.transactions()) {
            JsonNode tx = a.body().has("transaction") && a.body().get("transaction").has("uid")
                    ? a.body().get("transaction") : a.body();
            String id = tx.has("uid") ? tx.get("uid").asText() : tx.path("id").asText();
            String order = a.gateway().equals("stripe") ? tx.path("metadata").path("order_id").asText()
                    : tx.path("tracking_id").asText();
            if (text.contains(id.toLowerCase(Locale.ROOT)) || !order.isEmpty() && text.contains(order.toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            ids.add(id);
            if (!order.isEmpty()) {
                orders.add(order);
            }
        }
        if (c.ref() != null) {
            return List.of("--ref", c.ref());
        }
        return orders.size() == 1 ? List.of("--order", orders.iterator().next()) : List.of("--ref", ids.get(ids.size() - 1));
    }

    static void runPayload(RealCorpus.Payload p) {
        gateway.serve(List.of(new RealCorpus.Answer(p.gateway(), p.shape(), p.body())));
        String id = p.txId() != null ? p.txId() : idOf(p.body());
        CliRun.Result r = cli().run("check", id, "-g", p.gateway(), "--topic", p.topic(), "--from", p.from(),
                "--no-input", "-o", "json", "--config", gateway.config().toString());
        leaks(p.id(), p.body().toString(), r);
        JsonNode j = parse(r);
        boolean read = j != null && id.equals(j.at("/transaction/id").asText());
        String party = j == null ? "exit " + r.exit() : j.at("/verdict/party").asText();
        String reason = j == null ? null : j.at("/verdict/reason").asText(null);
        String status = j == null ? null : j.at("/transaction/status").asText(null);
        Map<String, Boolean> right = new LinkedHashMap<>();
        right.put("read", read);
        right.put("party", p.party().equals(party));
        if (p.reason() != null) {
            right.put("reason", p.reason().equals(reason));
        }
        if (p.status() != null) {
            right.put("status", p.status().equals(status));
        }
        List<String> miss = new ArrayList<>();
        if (!read) {
            miss.add("not read (exit " + r.exit() + (r.err().isBlank() ? "" : ": " + r.err().lines().findFirst().orElse("")) + ")");
        }
        if (!right.get("party")) {
            miss.add("party " + p.party() + " → " + party + (reason == null ? "" : " (" + reason + ")"));
        }
        if (Boolean.FALSE.equals(right.get("status"))) {
            miss.add("status " + p.status() + " → " + status);
        }
        PAYLOADS.add(new Score.Run(p.id(), Score.slices("shape", p.shape(), "era", p.era() == null ? "-" : p.era(),
                "party", p.party()), right, miss.isEmpty() ? null : String.join("; ", miss)));
    }

    static String idOf(JsonNode body) {
        // v2 wraps the transaction; in v3 "transaction" is the bank section, and the uid is at the top
        JsonNode tx = body.path("transaction").has("uid") ? body.get("transaction") : body;
        return tx.has("uid") ? tx.get("uid").asText() : tx.path("id").asText();
    }

    private static void leaks(String id, String input, CliRun.Result r) {
        for (String pan : Corpus.leaked(input, r.out() + "\n" + r.err())) {
            LEAKS.add(id + ": a card number ending " + pan.substring(pan.length() - 4) + " reached the output");
        }
        for (String secret : gateway.secrets()) {
            if (r.out().contains(secret) || r.err().contains(secret)) {
                LEAKS.add(id + ": a gateway credential reached the output");
            }
        }
    }

    private static JsonNode parse(CliRun.Result r) {
        if (r.exit() != 0 || r.out().isBlank()) {
            return null;
        }
        try {
            return RealCorpus.JSON.readTree(r.out());
        } catch (IOException e) {
            return null;
        }
    }

    static String report() {
        return "## Real-material corpus score\n\n"
                + COMPLAINTS.table("Complaints", List.of("lang", "author", "party", "topic", "gateway")) + "\n"
                + PAYLOADS.table("Gateway answers", List.of("shape", "era", "party")) + "\n"
                + "PAN or secret leaks: " + LEAKS.size() + "\n\n"
                + "#### Complaint misses\n\n" + COMPLAINTS.misses() + "\n"
                + "#### Gateway-answer misses\n\n" + PAYLOADS.misses();
    }

    @Test
    void no_card_number_or_secret_reaches_the_output() {
        assertThat(LEAKS).isEmpty();
    }

    @Test
    void every_case_is_labelled_with_known_values_and_a_source() {
        Set<String> ids = new HashSet<>();
        for (RealCorpus.Complaint c : complaints) {
            assertThat(ids.add(c.id())).as("unique id " + c.id()).isTrue();
            assertThat(RealCorpus.PARTIES).as(c.id() + " party").contains(c.party());
            assertThat(RealCorpus.TOPICS).as(c.id() + " topic").contains(c.topic());
            assertThat(RealCorpus.LANGS).as(c.id() + " lang").contains(c.lang(), c.replyLang());
            assertThat(RealCorpus.AUTHORS).as(c.id() + " author").contains(c.author());
            assertThat(RealCorpus.GATEWAYS).as(c.id() + " gateway").contains(c.gateway());
            assertThat(c.source()).as(c.id() + " source").isNotNull();
            assertThat(c.source().path("url").asText()).as(c.id() + " source url").startsWith("http");
        }
        for (RealCorpus.Payload p : payloads) {
            assertThat(ids.add(p.id())).as("unique id " + p.id()).isTrue();
            assertThat(RealCorpus.PARTIES).as(p.id() + " party").contains(p.party());
            assertThat(RealCorpus.TOPICS).as(p.id() + " topic").contains(p.topic());
            assertThat(RealCorpus.AUTHORS).as(p.id() + " from").contains(p.from());
            assertThat(p.source()).as(p.id() + " source").isNotNull();
        }
    }

    @Test
    void the_corpora_are_as_large_and_varied_as_issue_11_asks() {
        assertThat(complaints).hasSizeGreaterThanOrEqualTo(150);
        assertThat(complaints.stream().filter(c -> c.lang().equals("ru")).count()).as("ru").isGreaterThanOrEqualTo(50);
        assertThat(complaints.stream().filter(c -> c.lang().equals("uk")).count()).as("uk").isGreaterThanOrEqualTo(40);
        assertThat(complaints.stream().filter(c -> c.lang().equals("en")).count()).as("en").isGreaterThanOrEqualTo(50);
        assertThat(complaints.stream().filter(c -> c.author().equals("merchant")).count()).as("merchants").isGreaterThanOrEqualTo(30);
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(80);
        assertThat(complaints.stream().filter(c -> !Corpus.cardNumbersIn(c.text()).isEmpty()).count())
                .as("complaints quoting a card number (for the leak check)").isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisabledIfSystemProperty(named = LENIENT, matches = "true", disabledReason = WHY_OFF)
    void at_least_95_percent_of_gateway_answers_get_the_right_party() {
        assertThat(PAYLOADS.rate("party")).as(PAYLOADS.misses()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    @DisabledIfSystemProperty(named = LENIENT, matches = "true", disabledReason = WHY_OFF)
    void at_least_90_percent_of_complaints_get_the_right_party() {
        assertThat(COMPLAINTS.rate("party")).as(COMPLAINTS.misses()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    @DisabledIfSystemProperty(named = LENIENT, matches = "true", disabledReason = WHY_OFF)
    void at_least_85_percent_of_complaints_get_the_right_topic() {
        assertThat(COMPLAINTS.rate("topic")).as(COMPLAINTS.misses()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisabledIfSystemProperty(named = LENIENT, matches = "true", disabledReason = WHY_OFF)
    void at_least_98_percent_of_complaints_are_answered_in_their_language() {
        assertThat(COMPLAINTS.rate("language")).as(COMPLAINTS.misses()).isGreaterThanOrEqualTo(0.98);
    }
}
