package dev.paytriage.cli;

import dev.paytriage.gateway.GatewayLog;
import dev.paytriage.output.Style;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every leaf command has: the global options, the environment, and its output writers. */
@picocli.CommandLine.Command
abstract class BaseCommand implements Callable<Integer>, Cli.EnvAware {
    @Spec
    CommandSpec spec;

    @Mixin
    GlobalOptions global;

    Env env;

    @Override
    public void env(Env env) {
        this.env = env;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Style outStyle() {
        return Style.decide(env.stdoutTty(), global.noColor, env.vars());
    }

    Style errStyle() {
        return Style.decide(env.stderrTty(), global.noColor, env.vars());
    }

    /**
     * Runs a complaint's way with the agent's terminal to ask on, when there is one (stdin and stderr
     * terminals, no --no-input); otherwise with none, so nothing waits for an answer.
     */
    <T> T withPrompter(java.util.function.Function<dev.paytriage.pipeline.ComplaintRunner.Prompter, T> run) {
        boolean interactive = env.stdinTty() && env.stderrTty() && !global.noInput;
        if (!interactive) {
            return run.apply(null);
        }
        try (JLinePrompter prompter = JLinePrompter.system(errStyle())) {
            return run.apply(prompter);
        }
    }

    Services services() {
        return new Services(env, global.config, global.verbose ? GatewayLog.to(err()) : GatewayLog.NONE);
    }

    @Override
    public final Integer call() throws Exception {
        try (Services s = services()) {
            return run(s);
        } finally {
            out().flush();
            err().flush();
        }
    }

    abstract int run(Services s) throws Exception;
}
