package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paytriage.gateway.SilentServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bulk in a JVM of its own, as a script runs it: under a small heap with a gateway that never answers
 * row 1 (before the bounded reorder buffer, every finished row waited in memory behind it and the run
 * died of OutOfMemoryError with nothing written), and two processes on one results file.
 * bench/bulk-never-answering.sh runs the full-size case (60,000 rows, -Xmx128m) and measures it.
 */
class BulkSmallHeapTest {

    private static Process bulk(CliRun run, String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "dev.paytriage.Main", "bulk"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", run.home().toString());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("PAYTRIAGE_CONFIG");
        pb.environment().remove("XDG_CONFIG_HOME");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(run.home().resolve("stderr-" + args.length + "-" + System.nanoTime() + ".txt").toFile());
        return pb.start();
    }

    @Test
    void ten_thousand_rows_under_48_mb_behind_a_never_answering_row_1_are_each_written_once_in_order_exit_6()
            throws Exception {
        CliRun run = new CliRun();
        try (SilentServer silent = new SilentServer()) {
            Path config = BulkOutputTest.silentConfig(run, silent, "3s");
            Path in = run.home().resolve("in.csv");
            Files.writeString(in, BulkOutputTest.rowOneSilent(10_000));
            Path out = run.home().resolve("out.jsonl");

            Process p = bulk(run, "48m", in.toString(), "-o", out.toString(), "--config", config.toString());

            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
            assertThat(p.exitValue()).isEqualTo(6);
            assertThat(BulkOutputTest.rowNumbers(Files.readString(out)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 10_000).boxed().toList());
        }
    }

    @Test
    void a_second_process_on_the_same_results_file_refuses_with_one_line() throws Exception {
        CliRun run = new CliRun();
        try (SilentServer silent = new SilentServer()) {
            Path config = BulkOutputTest.silentConfig(run, silent, "4s");
            Path in = run.home().resolve("in.csv");
            Files.writeString(in, BulkOutputTest.rowOneSilent(400));
            Path out = run.home().resolve("out.jsonl");

            Process first = bulk(run, "128m", in.toString(), "-o", out.toString(), "--config", config.toString());
            BulkOutputTest.awaitLocked(out);
            CliRun.Result second = run.run("bulk", in.toString(), "-o", out.toString(), "--config", config.toString(),
                    "--resume");

            assertThat(second.exit()).isEqualTo(2);
            assertThat(second.err().lines()).singleElement().asString().contains("another paytriage bulk is writing");
            assertThat(first.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(first.exitValue()).isEqualTo(6);
            assertThat(BulkOutputTest.rowNumbers(Files.readString(out)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 400).boxed().toList());
        }
    }

    @Test
    void ctrl_c_keeps_the_finished_prefix_exits_130_and_resume_finishes_each_row_once() throws Exception {
        CliRun run = new CliRun();
        try (SilentServer silent = new SilentServer()) {
            Path config = BulkOutputTest.silentConfig(run, silent, "3s");
            StringBuilder csv = new StringBuilder("ref,gateway\n");
            for (int i = 1; i <= 1_000; i++) {
                csv.append(i == 200 ? "4107-silent0200,silent" : BulkOutputTest.SANDBOX[i % BulkOutputTest.SANDBOX.length] + ",")
                        .append('\n');
            }
            Path in = run.home().resolve("in.csv");
            Files.writeString(in, csv.toString());
            Path out = run.home().resolve("out.jsonl");

            Process p = bulk(run, "128m", in.toString(), "-o", out.toString(), "--config", config.toString());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lineCount(out) < 199 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            // Row 200 is waiting for the silent gateway: interrupt as a person at the terminal would.
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isEqualTo(130);
            assertThat(BulkOutputTest.rowNumbers(Files.readString(out)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 199).boxed().toList());

            CliRun.Result resumed = run.run("bulk", in.toString(), "-o", out.toString(), "--config", config.toString(),
                    "--resume");

            assertThat(resumed.exit()).as(resumed.err()).isEqualTo(6);
            assertThat(resumed.err()).contains("199 kept from the earlier run");
            assertThat(BulkOutputTest.rowNumbers(Files.readString(out)))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 1_000).boxed().toList());
        }
    }

    private static long lineCount(Path p) throws Exception {
        if (!Files.exists(p)) {
            return 0;
        }
        try (var lines = Files.lines(p)) {
            return lines.count();
        }
    }
}
