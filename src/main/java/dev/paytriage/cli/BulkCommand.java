package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.bulk.BulkCases;
import dev.paytriage.bulk.BulkJob;
import dev.paytriage.bulk.RateLine;
import dev.paytriage.bulk.Summary;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.config.Limits;
import dev.paytriage.gateway.http.Pacing;
import dev.paytriage.model.SafeText;
import dev.paytriage.pipeline.CaseQuery;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bulk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Many lookups from CSV (with a header row) or JSONL: one JSON result line per input row, in input order.",
            "",
            "Columns/keys: ref (or id, uid, transaction_id; tracking_id means an order id) and/or text (a",
            "complaint, read as 'complaint --no-input' would), and optionally gateway, from, topic, lang,",
            "channel. Empty cells take the options' values.",
            "A row that fails (not found, gateway error, bad value, bytes that are not text) still gets its line.",
            "Input may be UTF-8 (with or without a BOM), UTF-16 with a BOM, or Windows-1251 (detected);",
            "comma, semicolon or tab separated. One run at a time per -o FILE (it is locked).",
            "Progress and the summary go to stderr. Exit 0 when every row succeeded, 6 when any is not found",
            "or failed, 74 when the input or the results file cannot be read or written, 130 on Ctrl-C;",
            "after 74 or 130, the same command with --resume finishes the run.",
            "",
            "Examples:",
            "  paytriage bulk refs.csv -o results.jsonl",
            "  paytriage bulk refs.csv -o results.jsonl --resume        # finish an interrupted run",
            "  cut -d' ' -f1 ids.txt | sed '1i ref' | paytriage bulk - --format csv > results.csv",
            ""
        })
final class BulkCommand extends BaseCommand {

    enum Format { json, csv }

    @Parameters(index = "0", paramLabel = "INPUT", description = "CSV or JSONL file, or - for stdin.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write results here (default: stdout).")
    Path outputFile;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (default: one object per line) or csv (a flat, spreadsheet-safe table).")
    Format format;

    @Option(names = {"-j", "--concurrency"}, paramLabel = "N",
            description = "Rows looked up at once (default: the gateway's concurrency, else 4).")
    Integer concurrency;

    @Option(names = "--rate", paramLabel = "N", description = {"At most N requests per second per gateway, for this run",
            "(default: the gateway's rate:, auto unless set: start at its documented limit, slow down",
            "when it answers 429/503, speed up again when it stops)."})
    Double rate;

    @Option(names = "--resume", description = "Keep the rows already in --output FILE and finish the rest.")
    boolean resume;

    @Option(names = "--tracking-id", description = "Every ref is a merchant order (tracking) id.")
    boolean trackingId;

    @Mixin
    CaseOptions caseOptions;

    /** Made with the services, so every gateway of the run is paced by it. */
    private Pacing pacing;

    @Override
    Services services() {
        pacing = new Pacing(rate != null && Limits.rateOk(rate) ? rate : null);
        return super.services().pacing(pacing);
    }

    @Override
    int run(Services s) {
        if (resume && outputFile == null) {
            throw new PaytriageException(ExitCode.USAGE, "--resume needs -o FILE: it finishes the rows missing from that file");
        }
        if (concurrency != null && (concurrency < 1 || concurrency > Limits.MAX_CONCURRENCY)) {
            throw new PaytriageException(ExitCode.USAGE, "--concurrency " + concurrency + " is out of range: give 1 to "
                    + Limits.MAX_CONCURRENCY + " rows at once");
        }
        if (rate != null && !(rate >= Limits.MIN_RATE && rate <= Limits.MAX_RATE)) {
            throw new PaytriageException(ExitCode.USAGE, "--rate " + Limits.plain(rate)
                    + " is out of range: give " + Limits.MIN_RATE + " (a request every 10 s) to " + (int) Limits.MAX_RATE
                    + " requests per second");
        }
        boolean stdin = "-".equals(input);
        if (stdin && env.stdinTty()) {
            throw new PaytriageException(ExitCode.USAGE, "bulk - reads rows from stdin, but stdin is a terminal: "
                    + "pipe a CSV/JSONL file in, or give its path");
        }
        CaseQuery defaults = new CaseQuery(null, caseOptions.gateway, trackingId, caseOptions.topic,
                caseOptions.from, caseOptions.lang, caseOptions.channel, null);
        var complaintReader = s.complaintReader();
        BulkCases cases = new BulkCases(s.runner(),
                new dev.paytriage.bulk.ComplaintRows(complaintReader, s.complaintRunner(complaintReader)),
                new BulkCases.Defaults(
                caseOptions.gateway != null ? caseOptions.gateway : s.config().effectiveDefaultGateway(), defaults));
        if (global.verbose) {
            cases.crashLog(t -> {
                synchronized (err()) {
                    t.printStackTrace(err());
                }
            });
        }
        int workers = concurrency != null ? concurrency : gatewayConfig(s, caseOptions.gateway) == null ? 4
                : gatewayConfig(s, caseOptions.gateway).concurrencyOrDefault();
        // the bar redraws itself with carriage returns: past the guard, which would turn them into newlines
        BulkJob job = new BulkJob(cases, out(), err(), env.stderrTty() ? TerminalGuard.raw(err()) : err(),
                env.stderrTty(), errStyle().color(),
                line -> {
                    err().println("bulk: " + SafeText.clean(line));
                    err().flush();
                }).rates(pacing::snapshots);
        BulkJob.Outcome outcome = job.run(new BulkJob.Request(input, env.stdin(), outputFile,
                format == null ? null : format.name(), resume, workers), this::describe);
        return outcome.exitCode();
    }

    private static GatewayConfig gatewayConfig(Services s, String name) {
        String n = name == null ? s.config().effectiveDefaultGateway() : name;
        return s.config().gateways().get(n);
    }

    private String describe(Summary s) {
        StringBuilder b = new StringBuilder("bulk: ");
        b.append(s.written()).append(" rows written: ").append(s.ok()).append(" ok, ").append(s.notFound())
                .append(" not found, ").append(s.errors()).append(" failed");
        if (s.skipped() > 0) {
            b.append("; ").append(s.skipped()).append(" kept from the earlier run");
            if (s.skippedFailed() > 0) {
                b.append(" (").append(s.skippedFailed()).append(" of them failed)");
            }
        }
        if (!s.byParty().isEmpty()) {
            b.append(" (").append(s.byParty().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (!s.interrupted() && s.missing() > 0) {
            b.append("; ").append(s.missing()).append(" rows have no result line: run again with --resume");
        }
        if (s.interrupted()) {
            b.append(". Interrupted: run again with --resume").append(outputFile == null ? " and -o FILE" : "")
                    .append(" to finish the remaining rows");
        }
        for (String gateway : RateLine.summary(pacing.snapshots())) {
            b.append(System.lineSeparator()).append("bulk: ").append(SafeText.clean(gateway));
        }
        return b.toString();
    }
}
