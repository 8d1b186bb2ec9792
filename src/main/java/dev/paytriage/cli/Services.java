package dev.paytriage.cli;

import dev.paytriage.config.Config;
import dev.paytriage.config.ConfigLoader;
import dev.paytriage.config.RepliesConfig;
import dev.paytriage.gateway.Adapters;
import dev.paytriage.gateway.GatewayLog;
import dev.paytriage.gateway.Gateways;
import dev.paytriage.gateway.http.Pacing;
import dev.paytriage.model.WireEnum;
import dev.paytriage.complaint.ComplaintReader;
import dev.paytriage.complaint.IdFormats;
import dev.paytriage.pipeline.CaseRunner;
import dev.paytriage.pipeline.ComplaintRunner;
import dev.paytriage.pipeline.TransactionFinder;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import dev.paytriage.reply.ReplyRenderer;
import dev.paytriage.reply.ReplySettings;
import dev.paytriage.reply.TemplateStore;
import dev.paytriage.PaytriageException;
import dev.paytriage.config.Durations;
import dev.paytriage.config.TriageConfig;
import dev.paytriage.triage.BusinessHours;
import dev.paytriage.triage.CodeTables;
import dev.paytriage.triage.TriageSettings;
import java.time.Duration;
import java.util.List;
import dev.paytriage.triage.ManyCards;
import dev.paytriage.triage.TriageEngine;
import java.nio.file.Path;
import java.time.ZoneId;

/** Wires the parts together from the config and the environment. Built lazily, once per command. */
public final class Services implements AutoCloseable {
    private final Env env;
    private final Path configFlag;
    private final GatewayLog requestLog;
    private Pacing pacing;
    private Config config;
    private Gateways gateways;
    private TriageEngine engine;
    private ReplyRenderer renderer;
    private dev.paytriage.helpdesk.Helpdesks helpdesks;

    public Services(Env env, Path configFlag) {
        this(env, configFlag, GatewayLog.NONE);
    }

    /** {@code requestLog} receives each gateway request line (--verbose); {@link GatewayLog#NONE} otherwise. */
    public Services(Env env, Path configFlag, GatewayLog requestLog) {
        this.env = env;
        this.configFlag = configFlag;
        this.requestLog = requestLog == null ? GatewayLog.NONE : requestLog;
    }

    /** Paces every gateway's requests (bulk); set before the gateways are first used. */
    public Services pacing(Pacing p) {
        this.pacing = p;
        return this;
    }

    public Env env() {
        return env;
    }

    public ConfigLoader loader() {
        return new ConfigLoader(env.vars(), env.home());
    }

    public Config config() {
        if (config == null) {
            config = loader().load(configFlag);
        }
        return config;
    }

    public Gateways gateways() {
        if (gateways == null) {
            gateways = new Gateways(config(), Adapters.factories(), requestLog, pacing);
        }
        return gateways;
    }

    public TriageEngine engine() {
        if (engine == null) {
            Config c = config();
            TriageConfig t = c.triage() == null ? new TriageConfig(null, null, null) : c.triage();
            CodeTables tables = CodeTables.bundled().withOverrides(t.overrides(), c.describeSource(),
                    path -> ConfigLoader.line(c.source(), path));
            engine = new TriageEngine(tables, triageSettings(c, t));
        }
        return engine;
    }

    private static TriageSettings triageSettings(Config c, TriageConfig t) {
        ManyCards many = ManyCards.defaults();
        if (t.manyCardsThreshold() != null || t.manyCardsWindow() != null) {
            if (t.manyCardsThreshold() != null && t.manyCardsThreshold() < 2) {
                throw ConfigLoader.problem(c.source(), List.of("triage", "many_cards_threshold"),
                        "must be 2 or more (distinct cards failing with one code)");
            }
            Duration window = many.window();
            if (t.manyCardsWindow() != null) {
                try {
                    window = Durations.parse(t.manyCardsWindow());
                } catch (IllegalArgumentException e) {
                    throw ConfigLoader.problem(c.source(), List.of("triage", "many_cards_window"), e.getMessage());
                }
            }
            many = new ManyCards(t.manyCardsThreshold() == null ? 3 : t.manyCardsThreshold(), window);
        }
        BusinessHours hours = null;
        if (t.businessHours() != null) {
            try {
                hours = BusinessHours.parse(t.businessHours());
            } catch (PaytriageException e) {
                throw ConfigLoader.problem(c.source(), List.of("triage", "business_hours"), "is '" + t.businessHours()
                        + "': write it as Mon-Fri 09:00-18:00");
            }
        }
        String zoneName = t.timeZone() != null ? t.timeZone() : c.replies().timeZone();
        ZoneId zone = null;
        if (zoneName != null) {
            try {
                zone = ZoneId.of(zoneName);
            } catch (java.time.DateTimeException e) {
                throw ConfigLoader.problem(c.source(), t.timeZone() != null ? List.of("triage", "time_zone")
                        : List.of("replies", "time_zone"), "is '" + zoneName + "', not a time zone such as Europe/Minsk");
            }
        }
        return new TriageSettings(many, hours, zone, t.acquirers());
    }

    public ReplyRenderer renderer() {
        if (renderer == null) {
            RepliesConfig r = config().replies();
            Path dir = r.templatesDir() == null ? null
                    : dev.paytriage.config.RepliesCheck.templatesDir(config().source(), r.templatesDir());
            if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
                throw new dev.paytriage.PaytriageException(dev.paytriage.ExitCode.CONFIG, "config "
                        + config().describeSource() + ": replies.templates_dir is " + dir + ", which is not a folder:"
                        + " create it (start from 'paytriage templates show NAME --bundled') or remove the key");
            }
            ReplySettings settings = new ReplySettings(r.team(), r.signature(), dir,
                    r.chatPartLimit() == null ? ReplySettings.DEFAULT_CHAT_LIMIT : r.chatPartLimit(),
                    r.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(r.timeZone()));
            renderer = new ReplyRenderer(new TemplateStore(dir), settings);
        }
        return renderer;
    }

    public CaseRunner runner() {
        RepliesConfig r = config().replies();
        return new CaseRunner(gateways(), engine(), renderer(), env.clock(),
                r.lang() == null ? null : WireEnum.parse(Lang.class, r.lang()),
                r.channel() == null ? null : WireEnum.parse(Channel.class, r.channel()));
    }

    /** Reads complaints: ids in the formats of the configured gateway types, dates in the team's zone. */
    public ComplaintReader complaintReader() {
        java.util.Set<String> types = new java.util.TreeSet<>();
        config().gateways().values().forEach(g -> types.add(g.type()));
        if (types.isEmpty() || Config.SANDBOX.equals(config().effectiveDefaultGateway())) {
            types.add("sandbox");
        }
        List<String> shops = new java.util.ArrayList<>();
        config().gateways().values().forEach(g -> {
            if (g.shopName() != null) {
                shops.add(g.shopName());
            }
        });
        if (gateways().names().contains(Config.SANDBOX)) {
            dev.paytriage.gateway.sandbox.SandboxGateway.entries().forEach(e -> shops.add(e.shop()));
        }
        return new ComplaintReader(new IdFormats(types), env.clock(), renderer().settings().zone(),
                shops.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    public ComplaintRunner complaintRunner(ComplaintReader reader) {
        RepliesConfig r = config().replies();
        return new ComplaintRunner(new TransactionFinder(gateways(), env.clock()), runner(), renderer(), reader.fields(),
                r.lang() == null ? null : WireEnum.parse(Lang.class, r.lang()),
                r.channel() == null ? null : WireEnum.parse(Channel.class, r.channel()));
    }

    /** The configured help desks, with the same --verbose request log as the gateways. */
    public dev.paytriage.helpdesk.Helpdesks helpdesks() {
        if (helpdesks == null) {
            helpdesks = new dev.paytriage.helpdesk.Helpdesks(config(), dev.paytriage.helpdesk.DeskTypes.factories(),
                    new Gateways.Context(config(), requestLog));
        }
        return helpdesks;
    }

    /** Tickets: read, intake, and the draft note in the team's language (replies.lang, else English). */
    public dev.paytriage.pipeline.TicketRunner ticketRunner() {
        RepliesConfig r = config().replies();
        return new dev.paytriage.pipeline.TicketRunner(helpdesks(), renderer(),
                r.lang() == null ? null : WireEnum.parse(Lang.class, r.lang()));
    }

    @Override
    public void close() {
        if (gateways != null) {
            gateways.close();
        }
    }
}
