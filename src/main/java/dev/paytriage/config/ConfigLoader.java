package dev.paytriage.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds and reads the configuration: {@code --config FILE}, else {@code $PAYTRIAGE_CONFIG}, else
 * {@code $XDG_CONFIG_HOME/paytriage/config.yaml} (default {@code ~/.config/…}), else none. Every problem
 * becomes one line naming the file, the line and the key (exit 5).
 */
public final class ConfigLoader {

    public static final Set<String> TYPES = Set.of("begateway", "stripe", "rest", "sandbox");
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final UnaryOperator<String> env;
    private final Path home;

    public ConfigLoader(UnaryOperator<String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    /** Where the configuration comes from, or null when there is none. */
    public Path locate(Path explicit) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw fail(explicit, 0, null, "does not exist or is not a file: check the --config path");
            }
            return explicit;
        }
        String fromEnv = env.apply("PAYTRIAGE_CONFIG");
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path p = Path.of(fromEnv);
            if (!Files.isRegularFile(p)) {
                throw fail(p, 0, null, "(from $PAYTRIAGE_CONFIG) does not exist: fix or unset PAYTRIAGE_CONFIG");
            }
            return p;
        }
        Path p = defaultPath();
        return Files.isRegularFile(p) ? p : null;
    }

    /** {@code $XDG_CONFIG_HOME/paytriage/config.yaml}, or {@code ~/.config/paytriage/config.yaml}. */
    public Path defaultPath() {
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("paytriage").resolve("config.yaml");
    }

    public Config load(Path explicit) {
        Path file = locate(explicit);
        if (file == null) {
            return Config.none();
        }
        return parse(file, ValueRanges.readBounded(file));
    }

    /** The file as written, parsed but not interpolated: for config show. */
    public JsonNode rawTree(Path file) {
        try {
            return YAML.readTree(ValueRanges.readBounded(file));
        } catch (IOException e) {
            throw fail(file, 0, null, "cannot be read (" + e.getMessage() + ")");
        }
    }

    Config parse(Path file, String text) {
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw fail(file, line, null, "is not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return new Config(null, Map.of(), null, null, file);
        }
        if (!tree.isObject()) {
            throw fail(file, 1, null, "must be a mapping of keys (default_gateway, gateways, replies, triage, default_helpdesk, helpdesks)");
        }
        FromEnv fromEnv = new FromEnv();
        interpolate(file, text, tree, new ArrayList<>(), fromEnv);
        try {
            return typed(file, text, tree, fromEnv);
        } catch (PaytriageException e) {
            throw fromEnv.scrubbed(e);
        }
    }

    private Config typed(Path file, String text, JsonNode tree, FromEnv fromEnv) {
        FileShape parsed;
        try {
            parsed = YAML.treeToValue(tree, FileShape.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> path = path(e);
            throw fail(file, Locator.line(text, path), String.join(".", path), "is not a known key"
                    + known(e));
        } catch (ValueInstantiationException e) {
            // A typed value (rate: auto or a number) that said what is wrong with it.
            List<String> path = path(e);
            String why = e.getCause() instanceof IllegalArgumentException a ? a.getMessage()
                    : "has the wrong type (" + firstLine(e.getOriginalMessage()) + ")";
            throw fail(file, Locator.line(text, path), String.join(".", path), why);
        } catch (InvalidFormatException e) {
            List<String> path = path(e);
            String env = fromEnv.names.get(path);
            throw fail(file, Locator.line(text, path), String.join(".", path), "has the wrong type: expected "
                    + e.getTargetType().getSimpleName().toLowerCase() + ", got "
                    + (env != null ? "the value of " + env + " (not shown)" : "'" + e.getValue() + "'"));
        } catch (MismatchedInputException e) {
            List<String> path = path(e);
            throw fail(file, Locator.line(text, path), String.join(".", path), "has the wrong type: expected "
                    + describe(e.getTargetType()));
        } catch (JsonProcessingException e) {
            // A number too big for its key (concurrency: 99999999999) still has a key to name.
            if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                List<String> path = path(m);
                throw fail(file, Locator.line(text, path), String.join(".", path), "is out of range ("
                        + firstLine(e.getOriginalMessage()) + ")");
            }
            throw fail(file, 0, null, firstLine(e.getOriginalMessage()));
        }
        Config config = new Config(parsed.defaultGateway(), parsed.gateways(), parsed.replies(), parsed.triage(),
                parsed.defaultHelpdesk(), parsed.helpdesks(), file);
        validate(file, text, config);
        return config;
    }

    /** The keys a config file may have at the top level. */
    record FileShape(String defaultGateway, Map<String, GatewayConfig> gateways, RepliesConfig replies,
            TriageConfig triage, String defaultHelpdesk, Map<String, HelpdeskConfig> helpdesks) {}

    private void validate(Path file, String text, Config c) {
        c.gateways().forEach((name, g) -> {
            List<String> at = List.of("gateways", name);
            if (g == null) {
                throw fail(file, Locator.line(text, at), String.join(".", at), "is empty: give it at least a type");
            }
            if (g.type() == null) {
                throw fail(file, Locator.line(text, at), String.join(".", at) + ".type",
                        "is missing: set it to one of " + String.join(", ", TYPES.stream().sorted().toList()));
            }
            if (!TYPES.contains(g.type())) {
                throw fail(file, Locator.line(text, List.of("gateways", name, "type")), String.join(".", at) + ".type",
                        "is '" + g.type() + "': use one of " + String.join(", ", TYPES.stream().sorted().toList()));
            }
            if (!"sandbox".equals(g.type()) && (g.baseUrl() == null || !g.baseUrl().matches("https?://.+"))) {
                throw fail(file, Locator.line(text, at), String.join(".", at) + ".base_url",
                        "must be an http(s) URL such as https://gateway.bepaid.by");
            }
            ValueRanges.gateway(file, text, name, g);
            if ("begateway".equals(g.type()) && (g.shopId() == null || g.secretKey() == null)) {
                throw fail(file, Locator.line(text, at), String.join(".", at),
                        "needs shop_id and secret_key (HTTP Basic auth of the beGateway API)");
            }
            if ("stripe".equals(g.type()) && g.apiKey() == null) {
                throw fail(file, Locator.line(text, at), String.join(".", at), "needs api_key (a secret or restricted key)");
            }
        });
        RepliesCheck.validate(file, text, c.replies());
        ValueRanges.triage(file, text, c.triage());
        HelpdesksCheck.validate(file, text, c.defaultHelpdesk(), c.helpdesks());
        if (c.defaultGateway() != null && !c.gateways().containsKey(c.defaultGateway())
                && !Config.SANDBOX.equals(c.defaultGateway())) {
            throw fail(file, Locator.line(text, List.of("default_gateway")), "default_gateway", "names '"
                    + c.defaultGateway() + "', which is not under gateways: (known: "
                    + String.join(", ", c.gateways().keySet()) + ")");
        }
    }

    /**
     * What came from the environment: which key paths, and the values of secret-holding variables
     * (named like a key, secret, token or password, or set at a secret key), so an error never echoes them.
     */
    private static final class FromEnv {
        private static final Pattern SECRET_VAR = Pattern.compile(
                "(?i).*(key|secret|token|pass|pwd|auth|credential|private).*");
        final Map<List<String>, String> names = new java.util.HashMap<>();
        final Map<String, String> secrets = new java.util.LinkedHashMap<>();

        void add(List<String> path, String name, String value) {
            names.merge(List.copyOf(path), "${" + name + "}", (a, b) -> a + ", " + b);
            String key = path.isEmpty() ? "" : path.get(path.size() - 1);
            boolean secretKey = ConfigRedactor.SECRET_KEYS.contains(key) || key.matches("(?i).*(secret|password|token)$");
            if (value.length() >= 4 && (SECRET_VAR.matcher(name).matches() || secretKey)) {
                secrets.put(value, "${" + name + "}");
            }
        }

        PaytriageException scrubbed(PaytriageException e) {
            String m = e.getMessage();
            for (Map.Entry<String, String> s : secrets.entrySet()) {
                m = m.replace(s.getKey(), s.getValue());
            }
            return m.equals(e.getMessage()) ? e : new PaytriageException(e.exitCode(), m);
        }
    }

    /** Replaces ${NAME} in every string value; a missing variable is an error at its line. */
    private void interpolate(Path file, String text, JsonNode node, List<String> path, FromEnv fromEnv) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            it.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                List<String> p = new ArrayList<>(path);
                p.add(e.getKey());
                if (e.getValue().isTextual()) {
                    obj.set(e.getKey(), new TextNode(resolve(file, text, p, e.getValue().asText(), fromEnv)));
                } else {
                    interpolate(file, text, e.getValue(), p, fromEnv);
                }
            }
        }
    }

    private String resolve(Path file, String text, List<String> path, String value, FromEnv fromEnv) {
        Matcher m = ENV_REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = env.apply(m.group(1));
            if (v == null) {
                throw fail(file, Locator.line(text, path), String.join(".", path), "uses ${" + m.group(1)
                        + "}, but the environment variable " + m.group(1) + " is not set: export it or write the value");
            }
            fromEnv.add(path, m.group(1), v);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.toList());
    }

    private static String known(UnrecognizedPropertyException e) {
        var ids = e.getKnownPropertyIds();
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known here: " + ids.stream().map(Object::toString)
                .map(s -> PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(s)).sorted()
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of keys";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type == String.class ? "a text value" : type.getSimpleName().toLowerCase();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The line of a key path in a config file (for errors found after loading), 0 when unknown. */
    public static int line(Path file, List<String> path) {
        if (file == null) {
            return 0;
        }
        try {
            return Locator.line(Files.readString(file, StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A problem found after loading (e.g. while building a gateway): names the file, the key's line
     * when the file can be read again, and the key (exit 5).
     */
    public static PaytriageException problem(Path file, List<String> keyPath, String what) {
        String key = String.join(".", keyPath);
        if (file == null) {
            return new PaytriageException(ExitCode.CONFIG, "config: " + key + " " + what);
        }
        int line = 0;
        try {
            line = Locator.line(Files.readString(file, StandardCharsets.UTF_8), keyPath);
        } catch (IOException e) {
            // the line is a convenience; the file and key are enough
        }
        return fail(file, line, key, what);
    }

    static PaytriageException fail(Path file, int line, String key, String what) {
        StringBuilder sb = new StringBuilder("config ").append(file);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        sb.append(": ");
        if (key != null) {
            sb.append(key).append(' ');
        }
        sb.append(what);
        return new PaytriageException(ExitCode.CONFIG, sb.toString());
    }
}
