package dev.paytriage.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.Confidence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The decision tables load, agree with each other, and refuse a bad row with one line naming file and row. */
class TablesTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }

    @Test
    void a_row_with_an_unknown_party_names_the_file_and_the_row() throws Exception {
        assertThatThrownBy(() -> TableLoader.row("triage/codes/x.yaml", "F.0001",
                yaml("{meaning: m, party: banker, reason: r, family: f, next_step: s}"), Confidence.HIGH))
                .isInstanceOf(PaytriageException.class)
                .hasMessage("triage table triage/codes/x.yaml row 'F.0001' has unknown party 'banker' (one of merchant,"
                        + " acquirer, limit_exceeded, module_misconfigured, issuer, payer, gateway, undetermined): fix the row");
    }

    @Test
    void a_row_without_its_texts_or_with_a_typo_in_a_field_is_refused() throws Exception {
        assertThatThrownBy(() -> TableLoader.row("t.yaml", "51",
                yaml("{party: payer, reason: r, family: f, next_step: s}"), Confidence.HIGH))
                .hasMessageContaining("row '51' has no meaning");
        assertThatThrownBy(() -> TableLoader.row("t.yaml", "51",
                yaml("{meaning: m, party: payer, reason: r, family: f, nextstep: s}"), Confidence.HIGH))
                .hasMessageContaining("row '51' has unknown field 'nextstep'");
        assertThatThrownBy(() -> TableLoader.row("t.yaml", "51",
                yaml("{meaning: m, party: payer, reason: Insufficient Funds, family: f, next_step: s}"), Confidence.HIGH))
                .hasMessageContaining("not snake_case");
        assertThatThrownBy(() -> TableLoader.row("t.yaml", "51",
                yaml("{meaning: m, party: limit_exceeded, reason: r, family: f, next_step: s}"), Confidence.HIGH))
                .hasMessageContaining("has party limit_exceeded but no limit");
        assertThatThrownBy(() -> TableLoader.row("t.yaml", "51",
                yaml("{meaning: m, party: payer, reason: r, family: f, next_step: 'call {acquirer_phone}'}"),
                Confidence.HIGH))
                .hasMessageContaining("unknown placeholder {acquirer_phone}");
        assertThatThrownBy(() -> TableLoader.row("t.yaml", "51",
                yaml("{meaning: m, party: payer, reason: r, family: f, next_step: s, retry: sometimes}"), Confidence.HIGH))
                .hasMessageContaining("unknown retry 'sometimes'");
    }

    @Test
    void a_table_that_lists_a_code_twice_is_refused_at_start_up() {
        String text = "namespace: x\ncodes:\n  \"51\": {}\n  \"51\": {}\n";
        assertThatThrownBy(() -> TableLoader.readTree(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "triage/codes/x.yaml"))
                .isInstanceOf(PaytriageException.class)
                .hasMessageStartingWith("triage table triage/codes/x.yaml line 4:")
                .hasMessageContaining("Duplicate field '51'");
    }

    @Test
    void overrides_add_and_replace_rows_and_a_bad_one_names_the_config_line_and_key() throws Exception {
        CodeTables t = CodeTables.bundled().withOverrides(yaml("""
                begateway:
                  f.0777: {meaning: private, party: acquirer, reason: acquirer_error, family: acquirer_outage, next_step: s}
                iso8583:
                  "05": {meaning: replaced, party: acquirer, reason: acquirer_fraud_block, family: gateway_risk, next_step: s}
                """), "/etc/paytriage.yaml");
        assertThat(t.find(new dev.paytriage.model.Code("begateway", "F.0777"))).get()
                .extracting(Row::party).isEqualTo(dev.paytriage.model.Party.ACQUIRER);
        assertThat(t.find(new dev.paytriage.model.Code("iso8583", "05"))).get().extracting(Row::meaning)
                .isEqualTo("replaced");
        assertThat(CodeTables.bundled().find(new dev.paytriage.model.Code("iso8583", "05"))).get()
                .extracting(Row::reason).as("the bundled tables are untouched").isEqualTo("do_not_honour");

        assertThatThrownBy(() -> CodeTables.bundled().withOverrides(yaml("""
                begateway:
                  F.0777: {meaning: private, party: acquirer, reason: acquirer_error, family: acquirer_outage}
                """), "/etc/paytriage.yaml", path -> path.equals(List.of("triage", "overrides", "begateway", "F.0777"))
                ? 12 : 0))
                .isInstanceOf(PaytriageException.class)
                .hasMessage("config /etc/paytriage.yaml line 12: triage.overrides.begateway.F.0777 has no next_step: fix the row");
    }

    @Test
    void the_visa_category_in_each_iso_note_is_the_one_the_category_table_uses() {
        VisaCategories visa = VisaCategories.bundled();
        Pattern forte = Pattern.compile("Visa cat\\. (\\d) \\(Forte\\)");
        int checked = 0;
        for (Row row : CodeTables.bundled().table("iso8583").orElseThrow().rows().values()) {
            Matcher m = row.note() == null ? null : forte.matcher(row.note());
            if (m != null && m.find()) {
                assertThat(visa.of(row.key()).category().number()).as("Visa category of " + row.key())
                        .isEqualTo(Integer.parseInt(m.group(1)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(visa.of("03").otherView()).isEqualTo("Checkout.com says category 2");
        assertThat(visa.of("46").source()).isEqualTo("Checkout.com");
        assertThat(visa.of("77").listed()).isFalse();
        assertThat(visa.of("77").category().number()).isEqualTo(4);
    }

    @Test
    void every_reply_family_a_row_names_has_templates_for_payer_and_merchant() {
        CodeTables tables = CodeTables.bundled();
        Set<String> families = new java.util.TreeSet<>();
        tables.tables().forEach(t -> t.rows().values().forEach(r -> families.add(r.family())));
        tables.patterns().forEach(p -> families.add(p.row().family()));
        Situations.bundled().all().forEach(s -> families.add(s.row().family()));
        for (String family : families) {
            for (String audience : List.of("payer", "merchant")) {
                String name = "replies/en/body/" + family + "." + audience + ".mustache";
                assertThat(getClass().getClassLoader().getResource(name)).as(name).isNotNull();
            }
        }
    }

    @Test
    void gateway_types_search_their_own_namespaces_and_stripe_network_codes_read_as_iso() {
        CodeTables t = CodeTables.bundled();
        assertThat(t.namespacesFor("begateway")).containsExactly("begateway", "iso8583");
        assertThat(t.namespacesFor("stripe")).contains("stripe", "stripe_advice", "stripe_cancellation",
                "network_advice", "iso8583");
        assertThat(t.namespacesFor(null)).containsAll(t.namespacesFor("stripe"));
        assertThat(t.find(new dev.paytriage.model.Code("network", "51"))).get().extracting(Row::reason)
                .isEqualTo("insufficient_funds");
    }
}
