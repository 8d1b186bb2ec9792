package dev.paytriage.cli;

import picocli.CommandLine.Option;

/** How a command that prints one result formats it. (bulk uses -o for its output file instead.) */
public final class OutputOptions {

    public enum Output { text, json, markdown }

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "text (default), json or markdown.")
    Output output;

    public Output output() {
        return output == null ? Output.text : output;
    }
}
