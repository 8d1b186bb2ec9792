package dev.paytriage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.config.Config;
import dev.paytriage.config.ConfigRedactor;
import dev.paytriage.config.StarterConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Write a starter config, validate it, or show it with secrets redacted.",
        subcommands = {ConfigCommand.Init.class, ConfigCommand.Check.class, ConfigCommand.Show.class})
final class ConfigCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing subcommand: use 'config init', 'config check' or 'config show'");
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Write a starter config (to --config FILE, else the default path).",
                "Secrets are read from environment variables it names; it never overwrites without --force."})
    static final class Init extends BaseCommand {
        @Option(names = "--force", description = "Overwrite an existing file.")
        boolean force;

        @Override
        int run(Services s) throws IOException {
            Path target = global.config != null ? global.config : s.loader().defaultPath();
            if (Files.exists(target) && !force) {
                throw new PaytriageException(ExitCode.CONFIG, "config " + target
                        + " already exists: edit it, or run 'paytriage config init --force' to replace it");
            }
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, StarterConfig.text());
            err().println("wrote " + target + "; set BEPAID_SHOP_ID and BEPAID_SECRET_KEY (or edit the file), then run"
                    + " 'paytriage config check'");
            return ExitCode.OK.code;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate the config: keys, types, environment variables, gateways, triage overrides and replies.")
    static final class Check extends BaseCommand {
        @Override
        int run(Services s) {
            Config c = s.config();
            s.engine();
            s.renderer();
            for (String name : s.gateways().names()) {
                s.gateways().get(name);
            }
            for (String desk : s.helpdesks().names()) {
                s.helpdesks().get(desk);
            }
            out().println("config OK: " + c.describeSource() + "; gateways: " + String.join(", ", s.gateways().names())
                    + "; default: " + c.effectiveDefaultGateway() + (c.helpdesks().isEmpty() ? ""
                    : "; help desks: " + String.join(", ", s.helpdesks().names())
                    + (c.effectiveDefaultHelpdesk() == null ? "" : "; default desk: " + c.effectiveDefaultHelpdesk())));
            return ExitCode.OK.code;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the config in use with every secret redacted.")
    static final class Show extends BaseCommand {
        @Override
        int run(Services s) throws IOException {
            Config c = s.config();
            if (c.source() == null) {
                err().println("no config file found (looked at " + s.loader().defaultPath()
                        + "); using the embedded sandbox");
                return ExitCode.OK.code;
            }
            JsonNode raw = s.loader().rawTree(c.source());
            ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
            out().println("# " + c.source());
            out().print(yaml.writeValueAsString(ConfigRedactor.redact(raw)));
            return ExitCode.OK.code;
        }
    }
}
