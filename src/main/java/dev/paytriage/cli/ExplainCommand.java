package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.model.SafeText;
import dev.paytriage.output.ExplainView;
import dev.paytriage.output.Json;
import dev.paytriage.triage.Explainer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Offline: what a gateway, ISO 8583 or Stripe code means, who is responsible, the retry advice and the",
            "agent's next step, from the bundled tables and the config's triage.overrides.",
            "",
            "CODE is written as the gateway writes it, in any case: F.0114, f0114, 51, card_velocity_exceeded,",
            "or with a namespace: iso8583:05. Without --gateway every table is searched. An unknown code lists",
            "the near matches and exits 3; a phrase in quotes is also matched against the gateway-message patterns.",
            "",
            "Examples:",
            "  paytriage explain 51",
            "  paytriage explain F.0114",
            "  paytriage explain card_velocity_exceeded --gateway stripe",
            "  paytriage explain 05 -o json | jq '.matches[0].visa_category'",
            ""
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the code (or the message) was found and explained",
            "2:usage error (no code, unknown --gateway)",
            "3:no such code: the near matches are printed",
            "5:configuration error (e.g. a bad triage.overrides row)"
        })
final class ExplainCommand extends BaseCommand {

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "The code (or a gateway message in quotes).")
    List<String> code;

    @Option(names = {"-g", "--gateway"}, paramLabel = "TYPE",
            description = "Search the namespaces of one gateway type (begateway: begateway, iso8583; stripe: stripe,"
                    + " stripe_advice, stripe_cancellation, stripe_outcome, network_advice, iso8583) or of a"
                    + " gateway named in the config.")
    String gateway;

    @Mixin
    OutputOptions format;

    @Override
    int run(Services s) {
        // the code and --gateway as typed are outside text: through the gate once, here
        String query = SafeText.clean(String.join(" ", code));
        gateway = SafeText.clean(gateway);
        if (query.isBlank()) {
            throw new PaytriageException(ExitCode.USAGE, "CODE is empty: give a code such as F.0114 or 51");
        }
        Explainer explainer = new Explainer(s.engine().tables());
        Explainer.Explanation e = explainer.explain(query, gatewayType(s, explainer));
        switch (format.output()) {
            case json -> out().println(Json.line(ExplainView.json(e)));
            default -> out().print(ExplainView.text(e, outStyle()));
        }
        if (!e.found()) {
            err().println("paytriage: no code '" + e.code() + "' in " + String.join(", ", e.namespaces())
                    + (e.near().isEmpty() ? ": check it, or add it under triage.overrides in the config"
                    : ": see the near matches above"));
            return ExitCode.NOT_FOUND.code;
        }
        return ExitCode.OK.code;
    }

    /** A gateway type as given, or the type of a gateway named in the config; null searches everything. */
    private String gatewayType(Services s, Explainer explainer) {
        if (gateway == null) {
            return null;
        }
        if (explainer.gatewayTypes().contains(gateway) || List.of("sandbox", "rest").contains(gateway)) {
            return gateway;
        }
        GatewayConfig g = s.config().gateways().get(gateway);
        if (g != null) {
            return g.type();
        }
        throw new PaytriageException(ExitCode.USAGE, "--gateway " + gateway
                + " is neither a gateway type (" + String.join(", ", explainer.gatewayTypes())
                + ", sandbox, rest) nor a gateway in the config");
    }
}
