package dev.paytriage.cli;

import dev.paytriage.model.SafeText;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The final guard on everything the commands print to stdout and stderr (or the shell's terminal):
 * each line passes {@link SafeText#forTerminal} as it is completed (or flushed), so no escape sequence
 * but the tool's own colours, no control character but newline and tab, and no card number gets
 * through, whichever code path produced the text. Escape sequences the tool writes on purpose (the
 * clipboard copy, the progress bar's carriage returns) go through {@link #raw}.
 */
final class TerminalGuard extends Writer {
    /** A line longer than this is passed on in pieces (an endless line must not fill the memory). */
    private static final int MAX_PENDING = 1 << 20;

    private final PrintWriter target;
    private final StringBuilder pending = new StringBuilder();

    private TerminalGuard(PrintWriter target) {
        this.target = target;
    }

    /** The writer behind a guard, for deliberate control sequences; any other writer as it is. */
    static PrintWriter raw(PrintWriter w) {
        if (w instanceof Guarded g) {
            g.flush();
            return g.guard.target;
        }
        return w;
    }

    /** A guarded writer (auto-flushing on println) in front of the given one; a guarded one as it is. */
    static PrintWriter wrap(PrintWriter w) {
        return w instanceof Guarded ? w : new Guarded(new TerminalGuard(w));
    }

    @Override
    public synchronized void write(char[] buf, int off, int len) {
        int from = off;
        int to = off + len;
        for (int i = off; i < to; i++) {
            if (buf[i] == '\n') {
                pending.append(buf, from, i + 1 - from);
                emit();
                from = i + 1;
            }
        }
        pending.append(buf, from, to - from);
        if (pending.length() > MAX_PENDING) {
            emit();
        }
    }

    private void emit() {
        if (pending.length() > 0) {
            target.write(SafeText.forTerminal(pending.toString()));
            pending.setLength(0);
        }
    }

    @Override
    public synchronized void flush() {
        emit();
        target.flush();
    }

    @Override
    public void close() {
        flush();
    }

    /** The PrintWriter over a guard, so {@link #raw} can find the writer behind it. */
    private static final class Guarded extends PrintWriter {
        final TerminalGuard guard;

        Guarded(TerminalGuard guard) {
            super(guard, true);
            this.guard = guard;
        }
    }
}
