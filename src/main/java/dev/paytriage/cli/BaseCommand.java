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
