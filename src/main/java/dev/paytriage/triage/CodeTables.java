package dev.paytriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.Code;
import dev.paytriage.model.Confidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code tables (one YAML file per namespace: begateway, iso8583, stripe, …) and the message
 * patterns, validated once at start-up. Overrides from the config replace or add rows by key.
 */
public final class CodeTables {

    /** A table's identity, for explain and the evidence: where a meaning comes from. */
    public record Table(String namespace, String title, String source, String edition, Map<String, Row> rows) {}

    /** A free-text pattern over gateway messages (API v2 has messages and bank codes only). */
    public record MessagePattern(Pattern pattern, Row row) {}

    static final String INDEX = "triage/codes/index.yaml";

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<MessagePattern> patterns = new ArrayList<>();

    private CodeTables() {}

    /** The bundled tables named in triage/codes/index.yaml. */
    public static CodeTables bundled() {
        CodeTables t = new CodeTables();
        JsonNode index = TableLoader.read(INDEX);
        for (JsonNode name : index.path("tables")) {
            String file = "triage/codes/" + name.asText() + ".yaml";
            t.addTable(file, TableLoader.read(file));
        }
        String messages = index.path("messages").asText("messages");
        String file = "triage/codes/" + messages + ".yaml";
        t.addPatterns(file, TableLoader.read(file));
        return t;
    }

    /** Adds or replaces rows: {@code overrides} is {namespace: {code: row}} as in the config's triage.overrides. */
    public CodeTables withOverrides(JsonNode overrides, String origin) {
        if (overrides == null || overrides.isNull() || overrides.isEmpty()) {
            return this;
        }
        CodeTables copy = new CodeTables();
        tables.forEach((ns, table) -> copy.tables.put(ns, new Table(ns, table.title(), table.source(),
                table.edition(), new LinkedHashMap<>(table.rows()))));
        copy.patterns.addAll(patterns);
        var fields = overrides.properties().iterator();
        while (fields.hasNext()) {
            var entry = fields.next();
            String ns = entry.getKey();
            Table table = copy.tables.computeIfAbsent(ns, k -> new Table(k, "overrides: " + k, origin, null,
                    new LinkedHashMap<>()));
            var rows = entry.getValue().properties().iterator();
            while (rows.hasNext()) {
                var row = rows.next();
                table.rows().put(normalise(ns, row.getKey()),
                        TableLoader.row(origin + " triage.overrides." + ns, row.getKey(), row.getValue(),
                                Confidence.HIGH));
            }
        }
        return copy;
    }

    private void addTable(String file, JsonNode tree) {
        String ns = TableLoader.text(tree, "namespace");
        if (ns == null) {
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + file + " has no namespace");
        }
        if (tables.containsKey(ns)) {
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + file + " repeats namespace " + ns);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        var codes = tree.path("codes").properties().iterator();
        while (codes.hasNext()) {
            var e = codes.next();
            String key = normalise(ns, e.getKey());
            if (rows.containsKey(key)) {
                throw TableLoader.bad("triage table " + file + " row '" + e.getKey() + "'", "is listed twice");
            }
            rows.put(key, TableLoader.row(file, e.getKey(), e.getValue(), Confidence.HIGH));
        }
        if (rows.isEmpty()) {
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + file + " has no codes");
        }
        tables.put(ns, new Table(ns, TableLoader.text(tree, "title"), TableLoader.text(tree, "source"),
                TableLoader.text(tree, "edition"), rows));
    }

    private void addPatterns(String file, JsonNode tree) {
        int i = 0;
        for (JsonNode p : tree.path("patterns")) {
            i++;
            String regex = TableLoader.text(p, "pattern");
            if (regex == null) {
                throw TableLoader.bad("triage table " + file + " pattern #" + i, "has no pattern");
            }
            Pattern compiled;
            try {
                compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw TableLoader.bad("triage table " + file + " pattern #" + i, "is not a valid regex: "
                        + e.getDescription());
            }
            patterns.add(new MessagePattern(compiled, TableLoader.row(file, "pattern #" + i + " /" + regex + "/", p,
                    Confidence.MEDIUM)));
        }
    }

    static String normalise(String namespace, String key) {
        String k = key.trim();
        return namespace.startsWith("begateway") ? k.toUpperCase(Locale.ROOT) : k.toLowerCase(Locale.ROOT);
    }

    public Optional<Row> find(Code code) {
        Table t = tables.get(code.namespace());
        return t == null ? Optional.empty() : Optional.ofNullable(t.rows().get(normalise(code.namespace(), code.value())));
    }

    public Optional<MessagePattern> matchMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        return patterns.stream().filter(p -> p.pattern().matcher(message).find()).findFirst();
    }

    public Optional<Table> table(String namespace) {
        return Optional.ofNullable(tables.get(namespace));
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public List<MessagePattern> patterns() {
        return List.copyOf(patterns);
    }
}
