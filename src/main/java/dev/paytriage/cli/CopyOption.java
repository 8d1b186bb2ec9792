package dev.paytriage.cli;

import dev.paytriage.output.Osc52;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Reply;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** --copy: the reply also goes to the agent's clipboard, through the terminal on stderr (OSC 52). */
public final class CopyOption {

    @Option(names = "--copy", description = {"Also put the reply on the clipboard (OSC 52 through the terminal on stderr:"
            + " works over SSH; in tmux it needs set-clipboard on or allow-passthrough on). E-mails are copied"
            + " without the subject line; -o markdown copies the Markdown."})
    boolean copy;

    /** Copies after the output is printed; says on stderr what happened, or why it did not. */
    void deliver(Reply reply, String markdown, Env env, PrintWriter err) {
        if (!copy || reply == null) {
            return;
        }
        if (!env.stderrTty()) {
            err.println("paytriage: --copy needs a terminal on stderr to reach your clipboard (it is redirected);"
                    + " the reply is on stdout — copy it from there");
            return;
        }
        String text = markdown != null ? markdown.strip() : plain(reply);
        Osc52.Multiplexer mux = Osc52.detect(env.vars());
        String seq = Osc52.sequence(text, mux);
        if (seq == null) {
            err.println("paytriage: the reply is too long for the terminal clipboard (OSC 52); copy it from stdout");
            return;
        }
        // the one escape sequence printed on purpose: past the guard that strips every other
        TerminalGuard.raw(err).print(seq);
        err.println("paytriage: copied the reply to the clipboard (" + text.length() + " characters"
                + (reply.parts().size() > 1 && markdown == null ? ", " + reply.parts().size() + " parts" : "")
                + (reply.channel() == Channel.EMAIL && markdown == null ? ", without the subject line" : "")
                + ") through the terminal"
                + (mux == Osc52.Multiplexer.TMUX ? "; if nothing pastes, enable tmux's set-clipboard or allow-passthrough"
                        : "; if nothing pastes, your terminal may not allow OSC 52"));
        err.flush();
    }

    /** What an agent pastes: chat parts one after another, a letter without its "Subject:" line. */
    static String plain(Reply reply) {
        String text = reply.parts().size() > 1 ? String.join("\n\n", reply.parts()) : reply.text();
        if (reply.channel() == Channel.EMAIL && reply.subject() != null) {
            int nl = text.indexOf('\n');
            if (nl > 0 && text.substring(0, nl).endsWith(reply.subject())) {
                text = text.substring(nl + 1).strip();
            }
        }
        return text;
    }
}
