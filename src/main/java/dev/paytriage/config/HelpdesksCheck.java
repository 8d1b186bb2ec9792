package dev.paytriage.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks default_helpdesk and the helpdesks: section when the config is loaded, naming the line and the key. */
final class HelpdesksCheck {
    /** The desk types this build speaks; each has one adapter registered in dev.paytriage.helpdesk.Desks. */
    static final Set<String> TYPES = Set.of("zendesk", "usedesk");
    static final int MAX_ATTEMPTS_LIMIT = 10;

    private HelpdesksCheck() {}

    static void validate(Path file, String text, String defaultHelpdesk, Map<String, HelpdeskConfig> desks) {
        desks.forEach((name, d) -> {
            List<String> at = List.of("helpdesks", name);
            if (d == null) {
                throw fail(file, text, at, "is empty: give it at least a type and a base_url");
            }
            if (d.type() == null) {
                throw fail(file, text, at, ".type", "is missing: set it to one of " + types());
            }
            if (!TYPES.contains(d.type())) {
                throw fail(file, text, List.of("helpdesks", name, "type"), "", "is '" + d.type() + "': use one of "
                        + types());
            }
            if (d.baseUrl() == null || !d.baseUrl().matches("https?://.+")) {
                throw fail(file, text, at, ".base_url", "must be an http(s) URL such as " + example(d.type()));
            }
            if (d.apiToken() == null || d.apiToken().isBlank()) {
                throw fail(file, text, at, "", "needs api_token (better as ${" + envName(d.type()) + "}): "
                        + ("zendesk".equals(d.type()) ? "Admin Center → Apps and integrations → Zendesk API"
                        : "Usedesk → Channels → API"));
            }
            if ("zendesk".equals(d.type()) && (d.email() == null || !d.email().contains("@"))) {
                throw fail(file, text, at, "", "needs email: the agent's address the api_token belongs to"
                        + " (Zendesk signs in as '{email}/token')");
            }
            if (d.userId() != null && !d.userId().matches("\\d{1,12}")) {
                throw fail(file, text, List.of("helpdesks", name, "user_id"), "", "is '" + d.userId()
                        + "': give the Usedesk agent's numeric id (Usedesk → Settings → Employees)");
            }
            for (String[] t : new String[][] {{"connect_timeout", d.connectTimeout()}, {"read_timeout", d.readTimeout()},
                    {"total_timeout", d.totalTimeout()}}) {
                if (t[1] != null) {
                    List<String> p = List.of("helpdesks", name, t[0]);
                    try {
                        if (Durations.parse(t[1]).isZero()) {
                            throw fail(file, text, p, "", "is 0: give a time such as 5s");
                        }
                    } catch (IllegalArgumentException e) {
                        throw fail(file, text, p, "", e.getMessage());
                    }
                }
            }
            if (d.maxAttempts() != null && (d.maxAttempts() < 1 || d.maxAttempts() > MAX_ATTEMPTS_LIMIT)) {
                throw fail(file, text, List.of("helpdesks", name, "max_attempts"), "", "is " + d.maxAttempts()
                        + ": give a number from 1 (no retries) to " + MAX_ATTEMPTS_LIMIT);
            }
        });
        if (defaultHelpdesk != null && !desks.containsKey(defaultHelpdesk)) {
            throw ConfigLoader.fail(file, Locator.line(text, List.of("default_helpdesk")), "default_helpdesk", "names '"
                    + defaultHelpdesk + "', which is not under helpdesks: (known: "
                    + (desks.isEmpty() ? "none" : String.join(", ", desks.keySet())) + ")");
        }
    }

    private static String types() {
        return String.join(", ", TYPES.stream().sorted().toList());
    }

    private static String example(String type) {
        return "usedesk".equals(type) ? "https://api.usedesk.ru" : "https://yourcompany.zendesk.com";
    }

    private static String envName(String type) {
        return "usedesk".equals(type) ? "USEDESK_API_TOKEN" : "ZENDESK_API_TOKEN";
    }

    private static RuntimeException fail(Path file, String text, List<String> at, String what) {
        return fail(file, text, at, "", what);
    }

    private static RuntimeException fail(Path file, String text, List<String> at, String suffix, String what) {
        return ConfigLoader.fail(file, Locator.line(text, at), String.join(".", at) + suffix, what);
    }
}
