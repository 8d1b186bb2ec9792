package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.output.Json;
import dev.paytriage.output.JsonView;
import dev.paytriage.output.MarkdownView;
import dev.paytriage.output.TextView;
import dev.paytriage.pipeline.CaseQuery;
import dev.paytriage.pipeline.CaseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Look one transaction up, decide who is responsible, print the reply.",
            "",
            "REF is tried as the gateway's transaction id first, then as the merchant's order (tracking) id.",
            "When an order has several attempts, all are shown and the verdict is about the latest.",
            "",
            "Examples:",
            "  paytriage check 58213-4f9a1c2b7e",
            "  paytriage check 7731 --tracking-id --from merchant --lang ru",
            "  paytriage check 66419-0c7b3e9a52 --topic charged_not_confirmed --channel email",
            "  paytriage check pi_3SQx3FNfQ2vKr8aT4XGgLeKv -o json | jq .verdict",
            "  paytriage check 58213-4f9a1c2b7e --lang ru --copy      # reply also on the clipboard",
            ""
        })
final class CheckCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "REF", description = "Transaction id (uid, pi_…, ch_…) or order id.")
    String ref;

    @Option(names = "--tracking-id", description = "Treat REF as the merchant's order (tracking) id only.")
    boolean trackingId;

    @Mixin
    CaseOptions caseOptions;

    @Mixin
    OutputOptions format;

    @Mixin
    CopyOption copy;

    @Override
    int run(Services s) {
        if (ref == null || ref.isBlank()) {
            throw new dev.paytriage.PaytriageException(ExitCode.USAGE, "REF is empty: give a transaction id or an order id");
        }
        CaseQuery q = new CaseQuery(ref, caseOptions.gateway, trackingId, caseOptions.topic, caseOptions.from,
                caseOptions.lang, caseOptions.channel, null);
        CaseResult r = s.runner().check(q);
        if (global.verbose && r.transaction().raw() != null) {
            err().println("raw answer of " + r.gatewayName() + ":");
            err().println(Json.pretty(r.transaction().raw()));
        }
        String markdown = null;
        switch (format.output()) {
            case json -> out().println(Json.line(JsonView.result(r, null)));
            case markdown -> out().print(markdown = MarkdownView.render(r));
            default -> out().print(TextView.render(r, outStyle()));
        }
        out().flush();
        copy.deliver(r.reply(), markdown, env, err());
        return ExitCode.OK.code;
    }
}
