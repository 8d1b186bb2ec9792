package dev.paytriage.cli;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.bulk.BulkCases;
import dev.paytriage.bulk.BulkRunner;
import dev.paytriage.bulk.CsvSink;
import dev.paytriage.bulk.InputReader;
import dev.paytriage.bulk.JsonlSink;
import dev.paytriage.bulk.Progress;
import dev.paytriage.bulk.ResultSink;
import dev.paytriage.bulk.Resume;
import dev.paytriage.bulk.Summary;
import dev.paytriage.config.GatewayConfig;
import dev.paytriage.pipeline.CaseQuery;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
            "A row that fails (not found, gateway error, bad value) still gets its line, with status and error.",
            "Progress and the summary go to stderr. Exit 6 when any row is not found or failed.",
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

    @Option(names = "--rate", paramLabel = "N", description = "At most N requests per second per gateway (default: the gateway's rate).")
    Double rate;

    @Option(names = "--resume", description = "Keep the rows already in --output FILE and finish the rest.")
    boolean resume;

    @Option(names = "--tracking-id", description = "Every ref is a merchant order (tracking) id.")
    boolean trackingId;

    @Mixin
    CaseOptions caseOptions;

    @Override
    int run(Services s) throws IOException {
        if (resume && outputFile == null) {
            throw new PaytriageException(ExitCode.USAGE, "--resume needs -o FILE: it finishes the rows missing from that file");
        }
        boolean csv = format == Format.csv || format == null && outputFile != null
                && outputFile.toString().toLowerCase().endsWith(".csv");
        if (!resume && outputFile != null && Files.exists(outputFile) && Files.size(outputFile) > 0) {
            throw new PaytriageException(ExitCode.USAGE, outputFile + " already has results: add --resume to finish "
                    + "that run, or choose another -o file");
        }
        boolean stdin = "-".equals(input);
        if (stdin && env.stdinTty()) {
            throw new PaytriageException(ExitCode.USAGE, "bulk - reads rows from stdin, but stdin is a terminal: "
                    + "pipe a CSV/JSONL file in, or give its path");
        }
        Path inputPath = stdin ? null : Path.of(input);
        if (inputPath != null && !Files.isReadable(inputPath)) {
            throw new PaytriageException(ExitCode.USAGE, "cannot read " + input + ": check the path");
        }
        int done = resume ? Resume.completedRows(outputFile, csv) : 0;
        long total = inputPath == null ? -1 : countRows(inputPath);

        CaseQuery defaults = new CaseQuery(null, caseOptions.gateway, trackingId, caseOptions.topic,
                caseOptions.from, caseOptions.lang, caseOptions.channel, null);
        var complaintReader = s.complaintReader();
        BulkCases cases = new BulkCases(s.runner(),
                new dev.paytriage.bulk.ComplaintRows(complaintReader, s.complaintRunner(complaintReader)),
                new BulkCases.Defaults(
                caseOptions.gateway != null ? caseOptions.gateway : s.config().effectiveDefaultGateway(), defaults),
                gateway -> rate != null ? rate : gatewayConfig(s, gateway) == null ? 0.0
                        : gatewayConfig(s, gateway).rateOrDefault());
        int workers = concurrency != null ? concurrency : gatewayConfig(s, caseOptions.gateway) == null ? 4
                : gatewayConfig(s, caseOptions.gateway).concurrencyOrDefault();
        if (workers < 1) {
            throw new PaytriageException(ExitCode.USAGE, "--concurrency must be 1 or more");
        }

        Summary summary;
        // On Ctrl-C the JVM runs shutdown hooks and then halts: the hook stops the run and waits (briefly)
        // until the finished rows are flushed and the summary printed.
        java.util.concurrent.CountDownLatch reported = new java.util.concurrent.CountDownLatch(1);
        try (BufferedReader reader = inputPath == null
                        ? new BufferedReader(new InputStreamReader(env.stdin(), StandardCharsets.UTF_8))
                        : Files.newBufferedReader(inputPath, StandardCharsets.UTF_8);
                ResultSink sink = sink(csv, done);
                // the bar redraws itself with carriage returns: past the guard, which would turn them into newlines
                Progress progress = new Progress(env.stderrTty() ? TerminalGuard.raw(err()) : err(), env.stderrTty(),
                        errStyle().color(), total)) {
            InputReader rows = new InputReader(reader, InputReader.sniff(stdin ? null : input, reader),
                    stdin ? "stdin" : input);
            BulkRunner runner = new BulkRunner(workers, cases, sink, progress);
            Thread hook = new Thread(() -> {
                runner.stop();
                try {
                    reported.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bulk-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                summary = runner.run(rows, done);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: the JVM is exiting after Ctrl-C
                }
            }
        }
        err().println(describe(summary));
        err().flush();
        reported.countDown();
        if (summary.interrupted()) {
            return 130;
        }
        return summary.anyFailed() ? ExitCode.BULK_PARTIAL.code : ExitCode.OK.code;
    }

    private ResultSink sink(boolean csv, int done) throws IOException {
        Writer w;
        if (outputFile == null || "-".equals(outputFile.toString())) {
            w = out();
        } else {
            if (outputFile.getParent() != null) {
                Files.createDirectories(outputFile.getParent());
            }
            w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(outputFile, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND), StandardCharsets.UTF_8));
        }
        boolean headerThere = outputFile != null && Files.exists(outputFile) && Files.size(outputFile) > 0;
        return csv ? new CsvSink(w, headerThere) : new JsonlSink(w);
    }

    private static GatewayConfig gatewayConfig(Services s, String name) {
        String n = name == null ? s.config().effectiveDefaultGateway() : name;
        return s.config().gateways().get(n);
    }

    private static long countRows(Path p) throws IOException {
        try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
            long nonBlank = lines.filter(l -> !l.isBlank()).count();
            return p.toString().toLowerCase().endsWith(".csv") || !p.toString().toLowerCase().contains(".json")
                    ? Math.max(0, nonBlank - 1) : nonBlank;
        }
    }

    private String describe(Summary s) {
        StringBuilder b = new StringBuilder("bulk: ");
        b.append(s.written()).append(" rows written: ").append(s.ok()).append(" ok, ").append(s.notFound())
                .append(" not found, ").append(s.errors()).append(" failed");
        if (s.skipped() > 0) {
            b.append("; ").append(s.skipped()).append(" kept from the earlier run");
        }
        if (!s.byParty().isEmpty()) {
            b.append(" (").append(s.byParty().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))).append(")");
        }
        if (s.interrupted()) {
            b.append(". Interrupted: run again with --resume").append(outputFile == null ? " and -o FILE" : "")
                    .append(" to finish the remaining rows");
        }
        return b.toString();
    }
}
