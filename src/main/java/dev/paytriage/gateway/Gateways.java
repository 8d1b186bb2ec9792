package dev.paytriage.gateway;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.config.Config;
import dev.paytriage.config.ConfigLoader;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.gateway.http.Pacing;
import dev.paytriage.gateway.sandbox.SandboxGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the configured gateways by name. The sandbox is always there under the name "sandbox"
 * unless the config gives that name to something else.
 */
public final class Gateways implements AutoCloseable {

    /** Builds one adapter from its configuration; one per type (begateway, stripe, rest). */
    public interface Factory {
        Gateway create(String name, GatewayConfig config, Context context);
    }

    /**
     * What an adapter needs besides its own keys: the whole config (to name its file in messages), the
     * --verbose request log, and the run's request pacing (bulk's; null for a single lookup, never held back).
     */
    public record Context(Config config, GatewayLog log, Pacing pacing) {
        public Context {
            log = log == null ? GatewayLog.NONE : log;
        }

        public Context(Config config, GatewayLog log) {
            this(config, log, null);
        }

        /** The file the config came from, for "check … in FILE" hints. */
        public String configSource() {
            return config.describeSource();
        }

        /** A configuration error (exit 5) naming the file, the line when it can be found, and the key. */
        public PaytriageException problem(List<String> keyPath, String what) {
            return ConfigLoader.problem(config.source(), keyPath, what);
        }
    }

    private final Config config;
    private final Map<String, Factory> factories;
    private final Context context;
    private final Map<String, Gateway> built = new ConcurrentHashMap<>();

    public Gateways(Config config, Map<String, Factory> factories) {
        this(config, factories, GatewayLog.NONE);
    }

    public Gateways(Config config, Map<String, Factory> factories, GatewayLog log) {
        this(config, factories, log, null);
    }

    /** @param pacing how a bulk run paces each gateway's requests; null: not at all. */
    public Gateways(Config config, Map<String, Factory> factories, GatewayLog log, Pacing pacing) {
        this.config = config;
        this.factories = factories;
        this.context = new Context(config, log, pacing);
    }

    public Gateway get(String name) {
        String n = name == null ? config.effectiveDefaultGateway() : name;
        return built.computeIfAbsent(n, this::create);
    }

    /** Names an agent can type with --gateway. */
    public List<String> names() {
        List<String> names = new ArrayList<>(config.gateways().keySet());
        if (!names.contains(Config.SANDBOX)) {
            names.add(Config.SANDBOX);
        }
        return names;
    }

    private Gateway create(String name) {
        GatewayConfig gc = config.gateways().get(name);
        if (gc == null) {
            if (Config.SANDBOX.equals(name)) {
                return new SandboxGateway(name);
            }
            throw new PaytriageException(ExitCode.USAGE, "unknown gateway '" + name + "': use one of "
                    + String.join(", ", names()) + " (configured in " + config.describeSource() + ")");
        }
        if ("sandbox".equals(gc.type())) {
            return new SandboxGateway(name);
        }
        Factory f = factories.get(gc.type());
        if (f == null) {
            throw new PaytriageException(ExitCode.CONFIG, "gateway '" + name + "' has type " + gc.type()
                    + ", which this build cannot talk to yet");
        }
        return f.create(name, gc, context);
    }

    @Override
    public void close() {
        built.values().forEach(g -> {
            if (g instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing a connection pool on exit; nothing useful to report
                }
            }
        });
    }
}
