package dev.paytriage.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.model.LimitKind;
import dev.paytriage.model.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The triage engine against the cases a payment-support lead would judge (src/test/resources/triage/
 * cases.yaml): a payload in a gateway's own shape + topic + who complains → party, limit, reason, and
 * where given the confidence, the rule that decided, evidence and next steps.
 */
class TriageCasesTest {
    static final String FILE = "triage/cases.yaml";
    static final Map<String, String> ACQUIRERS = Map.of("4105", "Belarusbank, merchant desk +375 17 000-00-00");
    static final TriageEngine ENGINE = new TriageEngine(CodeTables.bundled(),
            new TriageSettings(null, null, ZoneId.of("Europe/Minsk"), ACQUIRERS));

    static List<JsonNode> cases() {
        try (InputStream in = TriageCasesTest.class.getClassLoader().getResourceAsStream(FILE)) {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(in);
            List<JsonNode> out = new ArrayList<>();
            tree.forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> caseArguments() {
        return cases().stream().map(c -> Arguments.of(c.path("name").asText(), c));
    }

    static Verdict decide(JsonNode c) {
        TriageEngine engine = ENGINE;
        if (c.has("overrides")) {
            engine = new TriageEngine(CodeTables.bundled().withOverrides(c.get("overrides"), "case"),
                    ENGINE.settings());
        }
        return engine.decide(CaseBuilder.build(c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseArguments")
    void verdict_is_the_one_a_lead_gives(String name, JsonNode c) {
        Verdict v = decide(c);
        JsonNode e = c.get("expect");
        String why = name + " (matched " + v.matched() + "; evidence " + v.evidence() + ")";
        assertThat(v.party().wire()).as("party of " + why).isEqualTo(e.path("party").asText());
        assertThat(v.limit() == null ? null : v.limit().wire()).as("limit of " + why)
                .isEqualTo(e.path("limit").asText(null));
        assertThat(v.reason()).as("reason of " + why).isEqualTo(e.path("reason").asText());
        if (e.has("confidence")) {
            assertThat(v.confidence().wire()).as("confidence of " + why).isEqualTo(e.get("confidence").asText());
        }
        if (e.has("matched")) {
            assertThat(v.matched()).as("rule of " + why).startsWith(e.get("matched").asText());
        }
        if (e.has("retry")) {
            assertThat(v.retry()).as("retry of " + why).isEqualTo(e.get("retry").asText());
        }
        if (e.has("confidential")) {
            assertThat(v.confidential()).as("confidential of " + why).isEqualTo(e.get("confidential").asBoolean());
        }
        for (JsonNode s : e.path("evidence")) {
            assertThat(v.evidence()).as("evidence of " + why).anyMatch(line -> line.contains(s.asText()));
        }
        for (JsonNode s : e.path("not_evidence")) {
            assertThat(v.evidence()).as("evidence of " + why).noneMatch(line -> line.contains(s.asText()));
        }
        for (JsonNode s : e.path("next")) {
            assertThat(v.nextSteps()).as("next steps of " + name + ": " + v.nextSteps())
                    .anyMatch(line -> line.contains(s.asText()));
        }
        for (JsonNode s : e.path("not_next")) {
            assertThat(v.nextSteps()).as("next steps of " + name).noneMatch(line -> line.contains(s.asText()));
        }
    }

    @Test
    void the_cases_cover_every_party_limit_shape_and_rule_of_the_precedence() {
        List<JsonNode> cases = cases();
        Set<String> parties = new HashSet<>();
        Set<String> limits = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        Set<String> matched = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (JsonNode c : cases) {
            assertThat(names.add(c.path("name").asText())).as("case names are unique: " + c.path("name")).isTrue();
            Verdict v = decide(c);
            parties.add(v.party().wire());
            if (v.limit() != null) {
                limits.add(v.limit().wire());
            }
            shapes.add(c.path("shape").asText());
            matched.add(v.matched());
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(parties).containsExactlyInAnyOrderElementsOf(Arrays.stream(Party.values()).map(Party::wire).toList());
        assertThat(limits).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(LimitKind.values()).map(LimitKind::wire).toList());
        assertThat(shapes).containsExactlyInAnyOrderElementsOf(CaseBuilder.SHAPES);
        // every situation row and every kind of rule decides at least one case
        for (Situation s : Situations.bundled().all()) {
            assertThat(matched).as("a case decided by situation " + s.stage() + " " + s.row().key())
                    .contains(s.stage() + " " + s.row().key());
        }
        for (String kind : List.of("request code ", "code ", "message /", "fallback")) {
            assertThat(matched).as("a case decided by '" + kind + "'").anyMatch(m -> m.startsWith(kind));
        }
    }
}
