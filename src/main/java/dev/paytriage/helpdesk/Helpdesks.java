package dev.paytriage.helpdesk;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.config.Config;
import dev.paytriage.config.HelpdeskConfig;
import dev.paytriage.gateway.Gateways;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Builds the configured help desks by name and says which desk and ticket a DESK:ID means. */
public final class Helpdesks {
    private static final Pattern TICKET_ID = Pattern.compile("\\d{1,19}");

    /** Builds one desk from its configuration; one per type, registered in {@link DeskTypes}. */
    public interface Factory {
        Helpdesk create(String name, HelpdeskConfig config, Gateways.Context context);
    }

    /** A ticket as the agent named it: the desk's name and the ticket's id on it. */
    public record Ref(String desk, String id) {
        @Override
        public String toString() {
            return desk + ":" + id;
        }
    }

    private final Config config;
    private final Map<String, Factory> factories;
    private final Gateways.Context context;
    private final Map<String, Helpdesk> built = new ConcurrentHashMap<>();

    public Helpdesks(Config config, Map<String, Factory> factories, Gateways.Context context) {
        this.config = config;
        this.factories = factories;
        this.context = context;
    }

    /** Names the agent can type as DESK. */
    public List<String> names() {
        return List.copyOf(config.helpdesks().keySet());
    }

    /** "zd:48211" or "48211" (the default desk); exit 2 for an unknown desk or an id that is not a number. */
    public Ref parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String desk = colon < 0 ? null : t.substring(0, colon);
        String id = colon < 0 ? t : t.substring(colon + 1).strip();
        if (id.startsWith("#")) {
            id = id.substring(1);
        }
        if (config.helpdesks().isEmpty()) {
            throw new PaytriageException(ExitCode.CONFIG, "no help desk is configured: add one under helpdesks: in "
                    + config.describeSource() + " (see config.example.yaml), then run 'paytriage ticket DESK:ID'");
        }
        if (desk == null) {
            desk = config.effectiveDefaultHelpdesk();
            if (desk == null) {
                throw new PaytriageException(ExitCode.USAGE, "several help desks are configured (" + String.join(", ",
                        names()) + "): name one, as in " + names().get(0) + ":" + id + ", or set default_helpdesk in "
                        + config.describeSource());
            }
        } else if (!config.helpdesks().containsKey(desk)) {
            throw new PaytriageException(ExitCode.USAGE, "unknown help desk '" + desk + "': use one of "
                    + String.join(", ", names()) + " (configured in " + config.describeSource() + ")");
        }
        if (!TICKET_ID.matcher(id).matches()) {
            throw new PaytriageException(ExitCode.USAGE, "'" + id + "' is not a ticket id: give the ticket's number,"
                    + " as in " + desk + ":48211");
        }
        return new Ref(desk, id);
    }

    public Helpdesk get(String name) {
        return built.computeIfAbsent(name, this::create);
    }

    private Helpdesk create(String name) {
        HelpdeskConfig hc = config.helpdesks().get(name);
        Factory f = hc == null ? null : factories.get(hc.type());
        if (f == null) {
            throw new PaytriageException(ExitCode.CONFIG, "help desk '" + name + "' has type "
                    + (hc == null ? "none" : hc.type()) + ", which this build cannot talk to");
        }
        return f.create(name, hc, context);
    }
}
