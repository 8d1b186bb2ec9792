package dev.paytriage.cli;

import dev.paytriage.config.Config;
import dev.paytriage.config.ConfigLoader;
import dev.paytriage.config.RepliesConfig;
import dev.paytriage.gateway.Adapters;
import dev.paytriage.gateway.Gateways;
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
import dev.paytriage.triage.CodeTables;
import dev.paytriage.triage.ManyCards;
import dev.paytriage.triage.TriageEngine;
import java.nio.file.Path;
import java.time.ZoneId;

/** Wires the parts together from the config and the environment. Built lazily, once per command. */
public final class Services implements AutoCloseable {
    private final Env env;
    private final Path configFlag;
    private Config config;
    private Gateways gateways;
    private TriageEngine engine;
    private ReplyRenderer renderer;

    public Services(Env env, Path configFlag) {
        this.env = env;
        this.configFlag = configFlag;
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
            gateways = new Gateways(config(), Adapters.factories());
        }
        return gateways;
    }

    public TriageEngine engine() {
        if (engine == null) {
            Config c = config();
            CodeTables tables = CodeTables.bundled().withOverrides(
                    c.triage() == null ? null : c.triage().overrides(), c.describeSource());
            ManyCards many = c.triage() == null || c.triage().manyCardsThreshold() == null ? ManyCards.defaults()
                    : new ManyCards(c.triage().manyCardsThreshold(), c.triage().manyCardsWindow() == null
                            ? java.time.Duration.ofHours(2)
                            : dev.paytriage.config.Durations.parse(c.triage().manyCardsWindow()));
            engine = new TriageEngine(tables, many);
        }
        return engine;
    }

    public ReplyRenderer renderer() {
        if (renderer == null) {
            RepliesConfig r = config().replies();
            Path dir = r.templatesDir() == null ? null : Path.of(r.templatesDir());
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
        return new ComplaintReader(new IdFormats(types), env.clock(), renderer().settings().zone());
    }

    public ComplaintRunner complaintRunner(ComplaintReader reader) {
        RepliesConfig r = config().replies();
        return new ComplaintRunner(new TransactionFinder(gateways(), env.clock()), runner(), renderer(), reader.fields(),
                r.lang() == null ? null : WireEnum.parse(Lang.class, r.lang()),
                r.channel() == null ? null : WireEnum.parse(Channel.class, r.channel()));
    }

    @Override
    public void close() {
        if (gateways != null) {
            gateways.close();
        }
    }
}
