package dev.paytriage.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole configuration. {@code source} is the file it came from (null: none, sandbox only);
 * {@code rawText} is the file as written, kept for config show and error locations.
 */
public record Config(
        String defaultGateway,
        Map<String, GatewayConfig> gateways,
        RepliesConfig replies,
        TriageConfig triage,
        String defaultHelpdesk,
        Map<String, HelpdeskConfig> helpdesks,
        Path source) {

    public static final String SANDBOX = "sandbox";

    public Config {
        gateways = gateways == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gateways));
        replies = replies == null ? RepliesConfig.defaults() : replies;
        helpdesks = helpdesks == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(helpdesks));
    }

    /** A config without help desks (gateways, replies and triage only). */
    public Config(String defaultGateway, Map<String, GatewayConfig> gateways, RepliesConfig replies, TriageConfig triage,
            Path source) {
        this(defaultGateway, gateways, replies, triage, null, Map.of(), source);
    }

    public static Config none() {
        return new Config(null, Map.of(), RepliesConfig.defaults(), null, null);
    }

    /** The gateway used when the agent names none: default_gateway, else the only one, else the sandbox. */
    public String effectiveDefaultGateway() {
        if (defaultGateway != null) {
            return defaultGateway;
        }
        if (gateways.size() == 1) {
            return gateways.keySet().iterator().next();
        }
        return SANDBOX;
    }

    /** The desk used when a ticket names none: default_helpdesk, else the only one; null when there is no choice. */
    public String effectiveDefaultHelpdesk() {
        if (defaultHelpdesk != null) {
            return defaultHelpdesk;
        }
        return helpdesks.size() == 1 ? helpdesks.keySet().iterator().next() : null;
    }

    public String describeSource() {
        return source == null ? "no config file (sandbox only)" : source.toString();
    }
}
