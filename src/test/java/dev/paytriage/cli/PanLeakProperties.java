package dev.paytriage.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paytriage.gateway.LiveStub;
import dev.paytriage.model.PanForms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jline.terminal.impl.DumbTerminal;

/**
 * No card number, in any generated form, survives any command × output × channel × --verbose × stderr ×
 * stored file: complaint text and fact options, check's REF (refused before any request), gateway text
 * from a loopback gateway crafted to carry card numbers in every field (also as JSON numbers and keys),
 * bulk CSV/JSONL in and JSONL/CSV out, report, explain, and the shell's history.
 */
class PanLeakProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UID = "5550-abcdef0123";
    private static final AtomicLong RUNS = new AtomicLong();
    private static LiveStub stub;
    private static long before;

    @BeforeContainer
    static void start() {
        before = PanForms.PRODUCED.get();
        stub = new LiveStub();
    }

    @AfterContainer
    static void stop() {
        stub.close();
        System.out.println("PanLeakProperties: " + (PanForms.PRODUCED.get() - before) + " written card-number forms tried in "
                + RUNS.get() + " command runs");
    }

    private static CliRun.Result run(CliRun cli, String... args) {
        RUNS.incrementAndGet();
        return LiveConfig.checked(cli.run(args));
    }

    private static void assertNoLeak(PanForms.Written w, CliRun.Result r, String what) {
        String all = r.out() + r.err();
        assertThat(PanForms.leaks(all, w.digits())).as("%s: %s leaked in%n%s", what, w, all).isFalse();
        assertThat(all).as("no escape or C1 control").doesNotContain("\u001b").doesNotContain("\u009b");
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ");
    }

    @Property(tries = 120)
    void complaint_text_in_every_output_and_channel(@ForAll("inText") PanForms.Written w, @ForAll("outputs") String output,
            @ForAll("channels") String channel, @ForAll boolean verbose) {
        String text = "Списали деньги дважды, " + w.text() + ", заказ 7731, 45.90 BYN";
        List<String> args = new ArrayList<>(List.of("complaint", "-", "--no-input", "-o", output, "--channel", channel));
        if (verbose) {
            args.add("--verbose");
        }
        CliRun.Result r = run(new CliRun().stdin(text), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 3);
        assertNoLeak(w, r, "complaint " + args);
    }

    @Property(tries = 60)
    void complaint_fact_options(@ForAll("any") PanForms.Written w, @ForAll("factOptions") String option,
            @ForAll("outputs") String output) {
        CliRun.Result r = run(new CliRun(), "complaint", "my payment failed", option, w.text(), "--no-input", "-o", output);
        assertNoLeak(w, r, "complaint " + option);
        if (option.equals("--order") || option.equals("--ref")) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
        }
    }

    @Property(tries = 60)
    void check_refuses_a_card_number_before_any_request(@ForAll("any") PanForms.Written w, @ForAll boolean verbose,
            @ForAll("gateways") String gateway) {
        stub.server.resetAll();
        stub.server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
        CliRun cli = LiveConfig.run();
        Path config = LiveConfig.write(cli, LiveConfig.yaml(stub.server.baseUrl(), null, ""));
        List<String> args = new ArrayList<>(List.of("check", w.text(), "--config", config.toString(), "-g", gateway));
        if (verbose) {
            args.add("--verbose");
        }
        CliRun.Result r = run(cli, args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains("card number");
        assertNoLeak(w, r, "check");
        assertThat(stub.server.getAllServeEvents()).as("requests sent").isEmpty();
    }

    @Property(tries = 80)
    void gateway_text_in_every_field_output_and_channel(@ForAll("inText") PanForms.Written w,
            @ForAll("outputs") String output, @ForAll("channels") String channel, @ForAll boolean verbose) throws Exception {
        stub.server.resetAll();
        stub.server.stubFor(get(urlPathEqualTo("/transactions/" + UID)).willReturn(okJson(answer(w))));
        CliRun cli = LiveConfig.run();
        Path config = LiveConfig.write(cli, LiveConfig.yaml(stub.server.baseUrl(), null, ""));
        List<String> args = new ArrayList<>(List.of("check", UID, "--config", config.toString(), "-o", output,
                "--channel", channel, "--from", channel.equals("note") ? "merchant" : "payer"));
        if (verbose) {
            args.add("--verbose");
        }
        CliRun.Result r = run(cli, args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        assertNoLeak(w, r, "check " + args);
    }

    @Property(tries = 30)
    void bulk_in_and_out_then_report(@ForAll("inText") PanForms.Written w, @ForAll boolean csvIn, @ForAll boolean csvOut)
            throws Exception {
        CliRun cli = new CliRun();
        Path in = cli.home().resolve(csvIn ? "in.csv" : "in.jsonl");
        String complaint = "Списали дважды, " + w.text() + ", заказ 7731";
        if (csvIn) {
            Files.writeString(in, "ref,text\n" + csvCell(w.text()) + ",\n58213-4f9a1c2b7e,\n," + csvCell(complaint) + "\n");
        } else {
            Files.writeString(in, JSON.writeValueAsString(Map.of("ref", w.text())) + "\n"
                    + "{\"ref\":\"58213-4f9a1c2b7e\"}\n" + JSON.writeValueAsString(Map.of("text", complaint)) + "\n");
        }
        Path out = cli.home().resolve(csvOut ? "out.csv" : "out.jsonl");
        CliRun.Result r = run(cli, "bulk", in.toString(), "-o", out.toString(), "--format", csvOut ? "csv" : "json");
        assertNoLeak(w, r, "bulk");
        String written = Files.readString(out);
        assertThat(PanForms.leaks(written, w.digits())).as("bulk output file: %s%n%s", w, written).isFalse();
        if (!csvOut) {
            CliRun.Result report = run(cli, "report", out.toString());
            assertNoLeak(w, report, "report");
            CliRun.Result reportJson = run(cli, "report", out.toString(), "-o", "json");
            assertNoLeak(w, reportJson, "report -o json");
        }
    }

    @Property(tries = 30)
    void explain(@ForAll("any") PanForms.Written w, @ForAll("explainOutputs") String output) {
        CliRun.Result r = run(new CliRun(), "explain", w.text(), "-o", output);
        assertNoLeak(w, r, "explain");
    }

    @Property(tries = 30)
    void shell_history_and_screen(@ForAll("any") PanForms.Written w, @ForAll @IntRange(min = 0, max = 2) int how)
            throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "shell");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        DumbTerminal t = new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), screen,
                StandardCharsets.UTF_8);
        Env env = new Env(Map.of("NO_COLOR", "1")::get, home, System.in, true, true, true,
                Clock.fixed(CliRun.NOW, ZoneOffset.UTC));
        Path history = home.resolve("state").resolve("history");
        Shell shell = new Shell(env, t, history);
        String line = switch (how) {
            case 0 -> "check " + w.text();
            case 1 -> "complaint '" + w.text() + " не прошла' --no-input";
            default -> "explain " + w.text();
        };
        RUNS.incrementAndGet();
        shell.execute(line);
        shell.reader().getHistory().add(line);
        shell.reader().getHistory().save();
        String stored = Files.readString(history);
        assertThat(PanForms.leaks(stored, w.digits())).as("history: %s%n%s", w, stored).isFalse();
        assertThat(PanForms.leaks(screen.toString(StandardCharsets.UTF_8), w.digits())).as("screen").isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(history.getParent())))
                .isEqualTo("rwx------");
    }

    /** A beGateway answer carrying the card number in every text field, as a JSON number and as a key. */
    private static String answer(PanForms.Written w) throws Exception {
        ObjectNode t = JSON.createObjectNode();
        t.put("uid", UID).put("status", "failed").put("amount", 4590).put("currency", "BYN").put("type", "payment");
        t.put("tracking_id", "ORD " + w.text()).put("description", "Order for " + w.text());
        t.put("message", "Declined: card " + w.text()).put("test", false).put("created_at", "2026-11-21T18:42:07Z");
        t.put("shop_id", "Shop " + w.text());
        t.put("card_number", new java.math.BigInteger(w.digits()));
        if (dev.paytriage.model.SafeText.luhn(w.digits())) {
            // an unbroken number that fails Luhn is no card number where the key does not say so
            t.put("ref_number_" + w.digits().length(), new java.math.BigInteger(w.digits()));
            t.putObject("by_card").put(w.digits(), w.text());
        }
        t.putObject("credit_card").put("brand", "visa " + w.text()).put("last_4", w.text()).put("bin", w.digits())
                .put("issuer_country", "BY").put("issuer_name", "BANK " + w.text());
        t.putObject("payment").put("bank_code", "05").put("message", "Do not honor " + w.text())
                .put("rrn", w.text()).put("ref_id", w.text());
        t.putObject("additional_data").put("shop_name", w.text());
        ObjectNode root = JSON.createObjectNode();
        root.set("transaction", t);
        return JSON.writeValueAsString(root);
    }

    private static String csvCell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Provide
    Arbitrary<PanForms.Written> inText() {
        return PanForms.inText();
    }

    @Provide
    Arbitrary<PanForms.Written> any() {
        return PanForms.any();
    }

    @Provide
    Arbitrary<String> outputs() {
        return Arbitraries.of("text", "json", "markdown");
    }

    @Provide
    Arbitrary<String> explainOutputs() {
        return Arbitraries.of("text", "json");
    }

    @Provide
    Arbitrary<String> channels() {
        return Arbitraries.of("chat", "email", "note");
    }

    @Provide
    Arbitrary<String> gateways() {
        return Arbitraries.of("bepaid", "stripe", "acme");
    }

    @Provide
    Arbitrary<String> factOptions() {
        return Arbitraries.of("--order", "--ref", "--shop", "--card-last4", "--amount", "--date", "--email");
    }
}
