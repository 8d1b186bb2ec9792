package dev.paytriage.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: where the config is, colour, prompting, verbosity. */
public final class GlobalOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file (default: $PAYTRIAGE_CONFIG, else $XDG_CONFIG_HOME/paytriage/config.yaml).")
    Path config;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR does the same).")
    boolean noColor;

    @Option(names = "--no-input", description = "Never prompt; fail or ask in the reply instead.")
    boolean noInput;

    @Option(names = "--verbose", description = "Show requests, timings and stack traces on stderr.")
    boolean verbose;
}
