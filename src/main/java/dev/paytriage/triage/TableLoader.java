package dev.paytriage.triage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.LimitKind;
import dev.paytriage.model.Party;
import dev.paytriage.model.WireEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;

/** Reads decision rows from YAML and refuses a bad row with one line naming the file and the row. */
final class TableLoader {

    static final Set<String> RETRY = Set.of("never", "now", "later", "after_fix", "after_payer_action");
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build());

    private TableLoader() {}

    static JsonNode read(String resource) {
        try (InputStream in = TableLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PaytriageException(ExitCode.INTERNAL, "bundled table " + resource + " is missing from the jar");
            }
            return readTree(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readTree(InputStream in, String name) {
        try {
            JsonNode tree = YAML.readTree(in);
            if (tree == null || !tree.isObject()) {
                throw new PaytriageException(ExitCode.CONFIG, "triage table " + name + " is empty or not a mapping");
            }
            return tree;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + name
                    + (loc == null ? "" : " line " + loc.getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields a row may have; anything else is a typo that would silently drop a decision. */
    static final Set<String> FIELDS = Set.of("meaning", "party", "limit", "reason", "family", "retry", "confidential",
            "next_step", "off_hours_step", "confidence", "note");

    /** One row of a bundled table; {@code defaultConfidence} applies when the row has none. */
    static Row row(String file, String key, JsonNode n, Confidence defaultConfidence) {
        return row("triage table " + file + " row '" + key + "'", key, n, defaultConfidence, Set.of());
    }

    /**
     * One row. {@code where} names the file and the row in every error; {@code extraFields} are the
     * fields of the table's own kind (a situation's key and conditions, a pattern and its example).
     */
    static Row row(String where, String key, JsonNode n, Confidence defaultConfidence, Set<String> extraFields) {
        if (n == null || !n.isObject()) {
            throw bad(where, "is not a mapping");
        }
        var names = n.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!FIELDS.contains(f) && !extraFields.contains(f)) {
                throw bad(where, "has unknown field '" + f + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        Party party = enumField(where, n, "party", Party.class, true);
        LimitKind limit = enumField(where, n, "limit", LimitKind.class, false);
        if (party == Party.LIMIT_EXCEEDED && limit == null) {
            throw bad(where, "has party limit_exceeded but no limit (merchant_turnover, card or gateway)");
        }
        if (party != Party.LIMIT_EXCEEDED && limit != null) {
            throw bad(where, "has a limit but its party is " + party.wire());
        }
        String retry = text(n, "retry");
        if (retry != null && !RETRY.contains(retry)) {
            throw bad(where, "has unknown retry '" + retry + "' (one of " + String.join(", ", RETRY.stream().sorted().toList()) + ")");
        }
        Confidence confidence = enumField(where, n, "confidence", Confidence.class, false);
        String reason = required(where, n, "reason");
        if (!reason.matches("[a-z0-9]+(_[a-z0-9]+)*")) {
            throw bad(where, "has reason '" + reason + "', which is not snake_case");
        }
        String nextStep = required(where, n, "next_step");
        String offHours = text(n, "off_hours_step");
        for (String step : new String[] {nextStep, offHours}) {
            String unknown = StepText.unknownPlaceholder(step);
            if (unknown != null) {
                throw bad(where, "uses unknown placeholder {" + unknown + "} (known: "
                        + String.join(", ", StepText.PLACEHOLDERS) + ")");
            }
        }
        JsonNode confidential = n.get("confidential");
        if (confidential != null && !confidential.isBoolean()) {
            throw bad(where, "has confidential '" + confidential.asText() + "': write true or false");
        }
        return new Row(key,
                required(where, n, "meaning"),
                party,
                limit,
                reason,
                required(where, n, "family"),
                retry == null ? "later" : retry,
                confidential != null && confidential.asBoolean(),
                nextStep,
                offHours,
                confidence == null ? defaultConfidence : confidence,
                text(n, "note"));
    }

    private static <E extends Enum<E> & WireEnum> E enumField(String where, JsonNode n, String field, Class<E> type,
            boolean required) {
        String v = text(n, field);
        if (v == null) {
            if (required) {
                throw bad(where, "has no " + field);
            }
            return null;
        }
        E e = WireEnum.parse(type, v);
        if (e == null) {
            throw bad(where, "has unknown " + field + " '" + v + "' (one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList()) + ")");
        }
        return e;
    }

    private static String required(String where, JsonNode n, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) {
            throw bad(where, "has no " + field);
        }
        return v.trim();
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static PaytriageException bad(String where, String what) {
        return new PaytriageException(ExitCode.CONFIG, where + " " + what + ": fix the row");
    }
}
