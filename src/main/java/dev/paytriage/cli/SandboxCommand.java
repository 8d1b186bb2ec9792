package dev.paytriage.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.ExitCode;
import dev.paytriage.gateway.sandbox.SandboxGateway;
import dev.paytriage.output.Json;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "The embedded sample transactions (real gateway JSON shapes, offline).",
        subcommands = SandboxCommand.ListCommand.class)
final class SandboxCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: use 'sandbox list'");
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"One sample per line: its id first, then what it shows and the flags that show it.",
                "Try any of them with 'paytriage check ID' plus the flags in brackets."})
    static final class ListCommand extends BaseCommand {
        @picocli.CommandLine.Mixin
        OutputOptions format;

        @Override
        int run(Services s) {
            List<SandboxGateway.Entry> entries = SandboxGateway.entries();
            if (format.output() == OutputOptions.Output.json) {
                ArrayNode arr = Json.MAPPER.createArrayNode();
                for (SandboxGateway.Entry e : entries) {
                    ObjectNode o = arr.addObject();
                    o.put("id", e.id());
                    o.put("gateway_type", e.transaction().gatewayType());
                    o.put("shop", e.shop());
                    o.put("shows", e.shows());
                    o.put("topic", e.topic());
                    o.put("from", e.from());
                }
                out().println(Json.line(arr));
                return ExitCode.OK.code;
            }
            int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(10);
            for (SandboxGateway.Entry e : entries) {
                StringBuilder flags = new StringBuilder();
                // Only what differs from check's defaults (payment_failed for an unsuccessful payment).
                boolean defaultTopic = "payment_failed".equals(e.topic())
                        && e.transaction().status() != dev.paytriage.model.TxStatus.SUCCESSFUL;
                if (e.topic() != null && !defaultTopic) {
                    flags.append("--topic ").append(e.topic());
                }
                if (e.from() != null && !"payer".equals(e.from())) {
                    flags.append(flags.length() > 0 ? " " : "").append("--from ").append(e.from());
                }
                out().println(String.format("%-" + width + "s  %-9s  %s%s", e.id(), e.transaction().gatewayType(),
                        e.shows(), flags.length() > 0 ? "  [" + flags + "]" : ""));
            }
            return ExitCode.OK.code;
        }
    }
}
