package dev.paytriage.cli;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that ran a command ({@link CliRun}) and never looked at its exit code: scripts rely on
 * the exit codes, and a test that only reads the output passes when the command fails for another
 * reason. Runs in {@code @BeforeAll} are checked after the class. Registered for every test class
 * (src/test/resources/META-INF/services, junit-platform.properties).
 */
public final class ExitCodeChecked implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ExitCodeChecked.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        CliRun.RUNS.clear();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("mark", CliRun.RUNS.size());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        int mark = context.getStore(NS).getOrDefault("mark", Integer.class, 0);
        List<CliRun.Result> ran = List.copyOf(CliRun.RUNS.subList(Math.min(mark, CliRun.RUNS.size()), CliRun.RUNS.size()));
        CliRun.RUNS.removeAll(ran);
        check(ran);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<CliRun.Result> ran = List.copyOf(CliRun.RUNS);
        CliRun.RUNS.clear();
        check(ran);
    }

    /** Fails naming every run whose exit code nobody read. */
    static void check(List<CliRun.Result> ran) {
        List<CliRun.Result> unchecked = ran.stream().filter(r -> !r.exitRead()).toList();
        if (!unchecked.isEmpty()) {
            throw new AssertionError("the test never looked at the exit code of " + unchecked
                    + ": assert the exit code the test relies on");
        }
    }
}
