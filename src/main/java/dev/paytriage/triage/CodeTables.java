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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The code tables (one YAML file per namespace: begateway, iso8583, stripe, …), Visa's categories and
 * the message patterns, validated once at start-up. Overrides from the config replace or add rows by key.
 */
public final class CodeTables {

    /** A table's identity, for explain and the evidence: where a meaning comes from. */
    public record Table(String namespace, String title, String source, String edition, Map<String, Row> rows) {}

    /** A free-text pattern over gateway messages (API v2 has messages and bank codes only). */
    public record MessagePattern(Pattern pattern, Row row, String example) {}

    static final String INDEX = "triage/codes/index.yaml";

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<MessagePattern> patterns = new ArrayList<>();
    private static final int MESSAGE_CACHE_SIZE = 10_000;
    private final Map<String, Optional<MessagePattern>> messageCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, List<String>> gatewayTypes = new LinkedHashMap<>();
    private VisaCategories visa;

    private CodeTables() {}

    /**
     * The bundled tables named in triage/codes/index.yaml, read once per process: they never change while
     * it runs, and the shell and in-process callers build a verdict engine per command.
     */
    public static CodeTables bundled() {
        CodeTables t = bundled;
        if (t == null) {
            // no lock: two threads may both load, and either copy is right
            t = load();
            bundled = t;
        }
        return t;
    }

    private static volatile CodeTables bundled;

    private static CodeTables load() {
        CodeTables t = new CodeTables();
        JsonNode index = TableLoader.read(INDEX);
        for (JsonNode name : index.path("tables")) {
            String file = "triage/codes/" + name.asText() + ".yaml";
            t.addTable(file, TableLoader.read(file));
        }
        String messages = index.path("messages").asText("messages");
        String file = "triage/codes/" + messages + ".yaml";
        t.addPatterns(file, TableLoader.read(file));
        t.visa = VisaCategories.bundled();
        index.path("aliases").properties().forEach(e -> t.aliases.put(e.getKey(), e.getValue().asText()));
        index.path("gateway_types").properties().forEach(e -> {
            List<String> ns = new ArrayList<>();
            e.getValue().forEach(n -> ns.add(n.asText()));
            t.gatewayTypes.put(e.getKey(), List.copyOf(ns));
        });
        for (String target : t.aliases.values()) {
            if (!t.tables.containsKey(target)) {
                throw new PaytriageException(ExitCode.CONFIG, "triage table " + INDEX + " aliases to unknown table "
                        + target);
            }
        }
        return t;
    }

    /** Adds or replaces rows; no line numbers in the errors. */
    public CodeTables withOverrides(JsonNode overrides, String origin) {
        return withOverrides(overrides, origin, path -> 0);
    }

    /**
     * Adds or replaces rows: {@code overrides} is {namespace: {code: row}} as in the config's
     * triage.overrides. A bad row fails naming the config file, the line ({@code lineOf} a key path) and the row.
     */
    public CodeTables withOverrides(JsonNode overrides, String origin, Function<List<String>, Integer> lineOf) {
        if (overrides == null || overrides.isNull() || overrides.isEmpty()) {
            return this;
        }
        CodeTables copy = new CodeTables();
        tables.forEach((ns, table) -> copy.tables.put(ns, new Table(ns, table.title(), table.source(),
                table.edition(), new LinkedHashMap<>(table.rows()))));
        copy.patterns.addAll(patterns);
        copy.aliases.putAll(aliases);
        copy.gatewayTypes.putAll(gatewayTypes);
        copy.visa = visa;
        if (!overrides.isObject()) {
            throw configError(origin, lineOf, List.of("triage", "overrides"),
                    "must be a mapping {namespace: {code: row}}");
        }
        var fields = overrides.properties().iterator();
        while (fields.hasNext()) {
            var entry = fields.next();
            String ns = entry.getKey();
            if (!entry.getValue().isObject()) {
                throw configError(origin, lineOf, List.of("triage", "overrides", ns),
                        "must be a mapping of codes to rows");
            }
            if (aliases.containsKey(ns)) {
                ns = aliases.get(ns);
            }
            String target = ns;
            Table table = copy.tables.computeIfAbsent(ns, k -> new Table(k, "overrides: " + k, origin, null,
                    new LinkedHashMap<>()));
            var rows = entry.getValue().properties().iterator();
            while (rows.hasNext()) {
                var row = rows.next();
                List<String> path = List.of("triage", "overrides", entry.getKey(), row.getKey());
                int line = lineOf.apply(path);
                String where = "config " + origin + (line > 0 ? " line " + line : "") + ": triage.overrides."
                        + entry.getKey() + "." + row.getKey();
                table.rows().put(normalise(target, row.getKey()),
                        TableLoader.row(where, row.getKey(), row.getValue(), Confidence.HIGH, Set.of()));
            }
        }
        return copy;
    }

    private static PaytriageException configError(String origin, Function<List<String>, Integer> lineOf,
            List<String> path, String what) {
        int line = lineOf.apply(path);
        return new PaytriageException(ExitCode.CONFIG, "config " + origin + (line > 0 ? " line " + line : "") + ": "
                + String.join(".", path) + " " + what);
    }

    private void addTable(String file, JsonNode tree) {
        String ns = TableLoader.text(tree, "namespace");
        if (ns == null) {
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + file + " has no namespace");
        }
        if (tables.containsKey(ns)) {
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + file + " repeats namespace " + ns);
        }
        if (TableLoader.text(tree, "source") == null || TableLoader.text(tree, "edition") == null) {
            throw new PaytriageException(ExitCode.CONFIG, "triage table " + file + " needs a source and an edition");
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
        // read-only: the bundled tables are shared; overrides copy them (withOverrides)
        tables.put(ns, new Table(ns, TableLoader.text(tree, "title"), TableLoader.text(tree, "source"),
                TableLoader.text(tree, "edition"), java.util.Collections.unmodifiableMap(rows)));
    }

    private void addPatterns(String file, JsonNode tree) {
        int i = 0;
        for (JsonNode p : tree.path("patterns")) {
            i++;
            String regex = TableLoader.text(p, "pattern");
            String where = "triage table " + file + " pattern #" + i;
            if (regex == null) {
                throw TableLoader.bad(where, "has no pattern");
            }
            Pattern compiled;
            try {
                compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw TableLoader.bad(where, "is not a valid regex: " + e.getDescription());
            }
            String example = TableLoader.text(p, "example");
            Row row = TableLoader.row(where + " /" + regex + "/", "pattern #" + i + " /" + regex + "/", p,
                    Confidence.MEDIUM, Set.of("pattern", "example"));
            MessagePattern mp = new MessagePattern(compiled, row, example);
            if (example == null) {
                throw TableLoader.bad(where, "has no example message (one the pattern must match)");
            }
            if (!compiled.matcher(example).find()) {
                throw TableLoader.bad(where, "does not match its own example \"" + example + "\"");
            }
            for (int j = 0; j < patterns.size(); j++) {
                if (patterns.get(j).pattern().matcher(example).find()) {
                    throw TableLoader.bad(where, "is never reached for its example \"" + example
                            + "\": pattern #" + (j + 1) + " matches it first");
                }
            }
            patterns.add(mp);
        }
    }

    static String normalise(String namespace, String key) {
        String k = key.trim();
        return namespace.startsWith("begateway") ? k.toUpperCase(Locale.ROOT) : k.toLowerCase(Locale.ROOT);
    }

    /** The namespace whose table holds a code's rows: itself, or the table an alias points to. */
    public String tableNamespace(String namespace) {
        return aliases.getOrDefault(namespace, namespace);
    }

    public Optional<Row> find(Code code) {
        String ns = tableNamespace(code.namespace());
        Table t = tables.get(ns);
        return t == null ? Optional.empty() : Optional.ofNullable(t.rows().get(normalise(ns, code.value())));
    }

    /**
     * The first pattern matching a gateway message. Gateways repeat a small set of messages, and running
     * every pattern is the costliest step of a verdict, so answers are remembered (a bounded cache).
     */
    public Optional<MessagePattern> matchMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Optional<MessagePattern> known = messageCache.get(message);
        if (known != null) {
            return known;
        }
        Optional<MessagePattern> found = patterns.stream().filter(p -> p.pattern().matcher(message).find()).findFirst();
        if (messageCache.size() >= MESSAGE_CACHE_SIZE) {
            messageCache.clear();
        }
        messageCache.put(message, found);
        return found;
    }

    public Optional<Table> table(String namespace) {
        return Optional.ofNullable(tables.get(tableNamespace(namespace)));
    }

    public Collection<Table> tables() {
        return tables.values();
    }

    public List<MessagePattern> patterns() {
        return List.copyOf(patterns);
    }

    public VisaCategories visaCategories() {
        return visa;
    }

    /** The namespaces a gateway type's codes live in, in lookup order; every table for an unknown type. */
    public List<String> namespacesFor(String gatewayType) {
        if (gatewayType == null || !gatewayTypes.containsKey(gatewayType.toLowerCase(Locale.ROOT))) {
            return List.copyOf(tables.keySet());
        }
        List<String> ns = new ArrayList<>(gatewayTypes.get(gatewayType.toLowerCase(Locale.ROOT)));
        // namespaces added by overrides (a gateway's private codes) are searched too
        tables.keySet().stream().filter(k -> !ns.contains(k) && tables.get(k).title().startsWith("overrides: "))
                .forEach(ns::add);
        return ns;
    }

    public Set<String> gatewayTypes() {
        return gatewayTypes.keySet();
    }
}
