package dev.paytriage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paytriage.gateway.SilentServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Where bulk writes: every row exactly once and in order even behind a gateway that never answers,
 * one run per results file, and a results file that cannot be written ending the run with one line
 * (exit 74) that says how to go on.
 */
class BulkOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String[] SANDBOX = {"58213-4f9a1c2b7e", "66419-0c7b3e9a52", "61874-b2c90e4d17", "70342-e91d5c0a8f",
        "pi_3SQx3FNfQ2vKr8aT4XGgLeKv", "ch_3SQy8LLx7pWmE3cB4okMp7u4"};

    /** A config whose gateway "silent" accepts connections and never answers; sandbox stays the default. */
    static Path silentConfig(CliRun run, SilentServer server, String total) throws Exception {
        Path p = run.home().resolve("silent.yaml");
        Files.writeString(p, "default_gateway: sandbox\n"
                + "gateways:\n"
                + "  silent:\n"
                + "    type: begateway\n"
                + "    base_url: " + server.baseUrl() + "\n"
                + "    shop_id: \"361\"\n"
                + "    secret_key: never-printed-secret\n"
                + "    connect_timeout: 1s\n"
                + "    read_timeout: " + total + "\n"
                + "    total_timeout: " + total + "\n"
                + "    max_attempts: 1\n");
        return p;
    }

    /** Row 1 at the silent gateway, then {@code rows - 1} sandbox payments. */
    static String rowOneSilent(int rows) {
        StringBuilder b = new StringBuilder("ref,gateway\n4107-silent0001,silent\n");
        for (int i = 2; i <= rows; i++) {
            b.append(SANDBOX[i % SANDBOX.length]).append(",\n");
        }
        return b.toString();
    }

    static List<Integer> rowNumbers(String jsonl) {
        return BulkCommandTest.lines(String.join("\n", jsonl.lines().filter(l -> !l.isBlank()).toList()))
                .stream().map(j -> j.get("row").asInt()).toList();
    }

    @Test
    void a_gateway_that_never_answers_row_1_still_gives_every_row_one_line_in_order_exit_6() throws Exception {
        CliRun run = new CliRun();
        try (SilentServer silent = new SilentServer()) {
            Path config = silentConfig(run, silent, "2s");
            Path in = run.home().resolve("in.csv");
            Files.writeString(in, rowOneSilent(400));

            CliRun.Result r = run.run("bulk", in.toString(), "--config", config.toString(), "-j", "3");

            assertThat(r.exit()).as(r.err()).isEqualTo(6);
            assertThat(rowNumbers(r.out())).containsExactlyElementsOf(IntStream.rangeClosed(1, 400).boxed().toList());
            JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
            assertThat(first.at("/status").asText()).isEqualTo("error");
            assertThat(first.at("/error/kind").asText()).isEqualTo("unreachable");
            assertThat(first.at("/error/message").asText()).contains("total_timeout 2s");
            assertThat(r.err()).contains("400 rows written: 399 ok, 0 not found, 1 failed")
                    .doesNotContain("never-printed-secret");
        }
    }

    @Test
    void a_second_run_on_the_same_results_file_refuses_with_one_line_and_the_first_writes_each_row_once()
            throws Exception {
        CliRun run = new CliRun();
        try (SilentServer silent = new SilentServer()) {
            Path config = silentConfig(run, silent, "3s");
            Path in = run.home().resolve("in.csv");
            Files.writeString(in, rowOneSilent(50));
            Path out = run.home().resolve("out.jsonl");

            CompletableFuture<CliRun.Result> first = CompletableFuture.supplyAsync(() ->
                    run.run("bulk", in.toString(), "-o", out.toString(), "--config", config.toString()));
            awaitLocked(out);
            CliRun.Result second = run.run("bulk", in.toString(), "-o", out.toString(), "--config", config.toString(),
                    "--resume");
            CliRun.Result third = run.run("bulk", in.toString(), "-o", out.toString(), "--config", config.toString());
            CliRun.Result done = first.get(60, TimeUnit.SECONDS);

            for (CliRun.Result refused : List.of(second, third)) {
                assertThat(refused.exit()).isEqualTo(2);
                assertThat(refused.err().lines()).singleElement().asString()
                        .contains("another paytriage bulk is writing").contains("out.jsonl");
            }
            assertThat(done.exit()).as(done.err()).isEqualTo(6);
            assertThat(rowNumbers(Files.readString(out))).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, 50).boxed().toList());
        }
    }

    /**
     * Waits until a bulk run (in this JVM or another) holds the file's lock, without ever taking it —
     * taking it, even for an instant, could make that run refuse. Linux lists held locks with the
     * file's inode in /proc/locks; elsewhere the file's creation is followed by its locking at once.
     */
    static void awaitLocked(Path file) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path locks = Path.of("/proc/locks");
        while (System.nanoTime() < until) {
            if (Files.exists(file)) {
                if (!Files.isReadable(locks)) {
                    Thread.sleep(1000);
                    return;
                }
                String inode = ":" + Files.getAttribute(file, "unix:ino") + " ";
                if (Files.readAllLines(locks).stream().anyMatch(l -> l.contains(inode))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no run locked " + file);
    }

    @Test
    void a_full_device_ends_the_run_with_one_line_exit_74() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\n58213-4f9a1c2b7e\n66419-0c7b3e9a52\n");

        CliRun.Result r = run.run("bulk", in.toString(), "-o", full.toString());

        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err().lines()).singleElement().asString()
                .contains("cannot write the results to /dev/full").contains("no space left");
    }

    @Test
    void a_results_path_that_cannot_be_created_is_one_line_exit_74_and_reads_nothing_else() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\n58213-4f9a1c2b7e\n");
        Path notADir = run.home().resolve("plain-file");
        Files.writeString(notADir, "x");

        CliRun.Result r = run.run("bulk", in.toString(), "-o", notADir.resolve("out.jsonl").toString());

        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err().lines()).singleElement().asString().contains("cannot write the results to");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void a_read_only_folder_is_one_line_exit_74() throws Exception {
        CliRun run = new CliRun();
        Path dir = Files.createDirectories(run.home().resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(dir), "runs as root, who can write a read-only folder");
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\n58213-4f9a1c2b7e\n");

        CliRun.Result r = run.run("bulk", in.toString(), "-o", dir.resolve("out.jsonl").toString());

        assertThat(r.exit()).isEqualTo(74);
        assertThat(r.err().lines()).singleElement().asString().contains("permission denied");
    }

    @Test
    void a_folder_as_results_file_is_one_line_exit_2() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\n58213-4f9a1c2b7e\n");

        CliRun.Result r = run.run("bulk", in.toString(), "-o", run.home().toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().contains("is a folder");
    }

    @Test
    void a_resumed_run_exits_0_only_when_every_row_of_the_file_succeeded() throws Exception {
        CliRun run = new CliRun();
        Path in = run.home().resolve("in.csv");
        Files.writeString(in, "ref\nnope-123\n58213-4f9a1c2b7e\n66419-0c7b3e9a52\n");
        Path out = run.home().resolve("out.jsonl");
        assertThat(run.run("bulk", in.toString(), "-o", out.toString()).exit()).isEqualTo(6);
        List<String> lines = Files.readAllLines(out);
        Files.writeString(out, lines.get(0) + "\n"); // row 1 (not found) kept; rows 2-3 to do

        CliRun.Result again = run.run("bulk", in.toString(), "-o", out.toString(), "--resume");

        assertThat(again.exit()).isEqualTo(6);
        assertThat(again.err()).contains("2 rows written: 2 ok").contains("1 kept from the earlier run (1 of them failed)");
        assertThat(rowNumbers(Files.readString(out))).containsExactly(1, 2, 3);
    }

    @Test
    void an_empty_input_has_no_rows_and_nothing_failed() {
        CliRun.Result r = new CliRun().stdin("\n  \n").run("bulk", "-");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("0 rows written");
    }

    @Test
    void concurrency_and_rate_out_of_range_are_usage_errors() {
        CliRun run = new CliRun();

        CliRun.Result zero = run.run("bulk", "-", "-j", "0");
        CliRun.Result slow = run.run("bulk", "-", "--rate", "0.000001");

        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err().lines()).singleElement().asString().contains("--concurrency 0 is out of range");
        assertThat(slow.exit()).isEqualTo(2);
        assertThat(slow.err().lines()).singleElement().asString().contains("--rate 0.000001 is out of range");
    }
}
