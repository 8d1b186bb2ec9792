package dev.paytriage.bulk;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.gateway.http.Pacer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One bulk run from start to end: opens the input (any encoding a spreadsheet saves), opens and locks
 * the results file (resuming an earlier run), runs the rows, and decides the exit code — 0 only when
 * every row of the results succeeded, 6 when any did not, 130 when stopped by Ctrl-C, 74 when the
 * results or the input could not be read or written (the rows before are kept; --resume goes on).
 */
public final class BulkJob {

    /**
     * What to run: {@code input} a path or "-" (then {@code stdin}), {@code output} null for stdout.
     * {@code format} is "csv", "json" or null (from the output's name).
     */
    public record Request(String input, InputStream stdin, Path output, String format, boolean resume,
            int concurrency) {}

    /** How the run ended: its summary and exit code. */
    public record Outcome(Summary summary, int exitCode) {}

    private final BulkRunner.RowHandler handler;
    private final PrintWriter stdout;
    private final PrintWriter err;
    private final PrintWriter progressErr;
    private final boolean stderrTty;
    private final boolean color;
    private final Consumer<String> note;
    private Supplier<List<Pacer.Snapshot>> rates = List::of;

    /**
     * {@code note} receives what the agent should know while it runs (e.g. the input's guessed encoding);
     * {@code progressErr} is stderr for the progress bar, which redraws itself with carriage returns.
     */
    public BulkJob(BulkRunner.RowHandler handler, PrintWriter stdout, PrintWriter err, PrintWriter progressErr,
            boolean stderrTty, boolean color, Consumer<String> note) {
        this.handler = handler;
        this.stdout = stdout;
        this.err = err;
        this.progressErr = progressErr;
        this.stderrTty = stderrTty;
        this.color = color;
        this.note = note;
    }

    /** The gateways' pacing, for the progress line. */
    public BulkJob rates(Supplier<List<Pacer.Snapshot>> rates) {
        this.rates = rates;
        return this;
    }

    public static boolean csvOutput(String format, Path output) {
        return "csv".equals(format) || format == null && output != null
                && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /**
     * Runs it. {@code summaryLine} turns the summary into the line printed at the end (before a Ctrl-C
     * exit, the shutdown hook waits for it).
     */
    public Outcome run(Request req, java.util.function.Function<Summary, String> summaryLine) {
        boolean stdin = "-".equals(req.input());
        boolean csv = csvOutput(req.format(), req.output());
        boolean toStdout = req.output() == null || "-".equals(req.output().toString());
        InputText.Opened in;
        try {
            in = stdin ? InputText.stream(req.stdin(), "stdin") : InputText.file(Path.of(req.input()), req.input());
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.IO, "cannot read stdin (" + e.getMessage() + ")", e);
        }
        if (in.note() != null) {
            note.accept(in.note());
        }
        InputReader rows;
        try {
            rows = new InputReader(in.reader(), InputReader.sniff(stdin ? null : req.input(), in.reader()),
                    stdin ? "stdin" : req.input());
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.IO, "cannot read " + req.input() + " (" + e.getMessage() + ")", e);
        }
        ResultFile.Opened out = toStdout ? new ResultFile.Opened(ResultFile.stdout(stdout), new Resume.Kept(0, 0), false)
                : ResultFile.open(req.output(), req.resume(), csv);
        Path shownOutput = toStdout ? null : req.output();
        long total = in.lines() < 0 ? -1 : Math.max(0, in.lines() - (rows.format() == InputReader.Format.CSV ? 1 : 0));
        int kept = out.kept().rows();

        CountDownLatch reported = new CountDownLatch(1);
        Summary summary;
        try (ResultSink sink = csv ? new CsvSink(out.writer(), out.hasContent())
                : new JsonlSink(out.writer());
                Progress progress = new Progress(progressErr, stderrTty, color, total, rates);
                rows) {
            BulkRunner runner = new BulkRunner(req.concurrency(), handler, sink, progress);
            // On Ctrl-C the JVM runs shutdown hooks and then halts: the hook stops the run and waits
            // (briefly) until the finished rows are flushed and the summary printed.
            Thread hook = new Thread(() -> {
                runner.stop();
                try {
                    reported.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bulk-interrupt");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                summary = runner.run(rows, kept).withKept(kept, out.kept().failed());
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: the JVM is exiting after Ctrl-C
                }
            }
        } catch (BulkRunner.OutputFailure e) {
            reported.countDown();
            throw ResultFile.cannotWrite(shownOutput, (IOException) e.getCause(), kept + e.written());
        } catch (IOException e) {
            // closing the results (the last flush) failed
            reported.countDown();
            throw ResultFile.cannotWrite(shownOutput, e, kept);
        }
        try {
            err.println(summaryLine.apply(summary));
            err.flush();
        } finally {
            reported.countDown();
        }
        if (summary.interrupted()) {
            return new Outcome(summary, ExitCode.INTERRUPTED.code);
        }
        if (summary.inputProblem() != null) {
            throw new PaytriageException(ExitCode.IO, "cannot read " + (stdin ? "stdin" : req.input()) + " past row "
                    + (kept + summary.written()) + " (" + summary.inputProblem() + "): the rows before are written"
                    + (shownOutput == null ? "" : "; fix that, then run the same command with --resume"));
        }
        return new Outcome(summary, summary.anyFailed() ? ExitCode.BULK_PARTIAL.code : ExitCode.OK.code);
    }
}
