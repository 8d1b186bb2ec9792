package dev.paytriage.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the bash/zsh completion script (the same as completions/paytriage.bash): source <(paytriage completion). */
@Command(name = "completion", hidden = true,
        description = "Print the bash/zsh completion script: source <(paytriage completion)")
final class CompletionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // print, not println: a script with a platform line separator breaks in bash
        spec.commandLine().getOut().print(script(spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }

    static String script(picocli.CommandLine root) {
        return AutoComplete.bash("paytriage", root);
    }
}
