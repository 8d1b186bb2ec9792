package dev.paytriage.cli;

import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Lang;
import picocli.CommandLine.Option;

/** Options that shape a case: which gateway, who complains, about what, and how to answer. */
public final class CaseOptions {

    @Option(names = {"-g", "--gateway"}, paramLabel = "NAME", completionCandidates = GatewayNames.class,
            description = "Gateway name from the config (default: default_gateway, else the sandbox).")
    String gateway;

    @Option(names = "--from", paramLabel = "WHO", converter = Converters.AudienceConverter.class,
            completionCandidates = Converters.AudienceNames.class,
            description = "Who complains: payer (default) or merchant. Sets the reply's audience.")
    Audience from;

    @Option(names = "--topic", paramLabel = "TOPIC", converter = Converters.TopicConverter.class,
            completionCandidates = Converters.TopicNames.class,
            description = "What the complaint is about: ${COMPLETION-CANDIDATES}. Default: payment_failed for a failed transaction.")
    Topic topic;

    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LangConverter.class,
            completionCandidates = Converters.LangNames.class,
            description = "Reply language: en, ru or uk (default from the config, else en).")
    Lang lang;

    @Option(names = "--channel", paramLabel = "CHANNEL", converter = Converters.ChannelConverter.class,
            completionCandidates = Converters.ChannelNames.class,
            description = "chat (default), email, or note (internal escalation).")
    Channel channel;
}
