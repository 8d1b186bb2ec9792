package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.bulk.Report;
import dev.paytriage.bulk.ResultRows;
import dev.paytriage.config.Durations;
import dev.paytriage.config.Limits;
import dev.paytriage.output.Json;
import dev.paytriage.output.ReportView;
import dev.paytriage.triage.ManyCards;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Summary of a bulk run: verdicts by party and reason, failures by kind, and clusters that look",
            "like an incident (many different cards failing at one shop with one code in a short window;",
            "one shop collecting verdicts that are its own set-up's).",
            "",
            "Examples:",
            "  paytriage bulk refs.csv -o results.jsonl && paytriage report results.jsonl",
            "  paytriage bulk refs.csv | paytriage report - -o json",
            ""
        })
final class ReportCommand extends BaseCommand {

    @Parameters(index = "0", paramLabel = "RESULTS", description = "JSONL written by 'paytriage bulk', or - for stdin.")
    String results;

    @Option(names = "--min-cards", paramLabel = "N",
            description = "Distinct cards that make a cluster (default: triage.many_cards_threshold, else 3).")
    Integer minCards;

    @Option(names = "--window", paramLabel = "DURATION",
            description = "How close in time a cluster's failures are, e.g. 30m, 2h (default: triage.many_cards_window, else 2h).")
    String window;

    @Option(names = "--min-rows", paramLabel = "N", defaultValue = "5",
            description = "Rows of one shop-side verdict at one shop that make an incident (default: ${DEFAULT-VALUE}).")
    int minRows;

    @Mixin
    OutputOptions format;

    @Override
    int run(Services s) throws IOException {
        boolean stdin = "-".equals(results);
        if (stdin && env.stdinTty()) {
            throw new PaytriageException(ExitCode.USAGE, "report - reads results from stdin, but stdin is a terminal: "
                    + "pipe 'paytriage bulk' into it, or give the results file");
        }
        if (!stdin && !Files.isReadable(Path.of(results))) {
            throw new PaytriageException(ExitCode.USAGE, "cannot read " + results + ": check the path");
        }
        ManyCards configured = s.engine().manyCards();
        java.time.Duration span;
        try {
            span = window != null ? Durations.parse(window, Limits.MIN_WINDOW, Limits.MAX_WINDOW) : configured.window();
        } catch (IllegalArgumentException e) {
            throw new PaytriageException(ExitCode.USAGE, "--window " + e.getMessage());
        }
        ManyCards detector;
        try {
            detector = new ManyCards(minCards != null ? minCards : configured.minDistinctCards(), span);
        } catch (IllegalArgumentException e) {
            throw new PaytriageException(ExitCode.USAGE, "--min-cards: " + e.getMessage());
        }
        String source = stdin ? "stdin" : results;
        Report report;
        try (BufferedReader in = stdin ? new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(results), StandardCharsets.UTF_8)) {
            report = Report.of(ResultRows.read(in, source), detector, Math.max(1, minRows));
        }
        if (format.output() == OutputOptions.Output.json) {
            out().println(Json.line(ReportView.json(report, source)));
        } else {
            out().print(ReportView.text(report, source, outStyle()));
        }
        return ExitCode.OK.code;
    }
}
