package dev.paytriage.cli;

import dev.paytriage.complaint.MissingFacts;
import dev.paytriage.output.ComplaintView;
import dev.paytriage.output.Style;
import dev.paytriage.pipeline.ComplaintRunner;
import dev.paytriage.pipeline.TransactionFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Asks the agent at the terminal, on stderr so stdout stays data: which candidate is meant, and the
 * missing facts one by one with Tab completion. Answers are never kept in a history. Ctrl-D or Ctrl-C
 * stops the questions; the case goes on with what is known.
 */
final class JLinePrompter implements ComplaintRunner.Prompter, AutoCloseable {
    private final Terminal terminal;
    private final Style style;

    JLinePrompter(Terminal terminal, Style style) {
        this.terminal = terminal;
        this.style = style;
    }

    /** The process's terminal, written through stderr. */
    static JLinePrompter system(Style style) {
        try {
            return new JLinePrompter(TerminalBuilder.builder().system(true)
                    .systemOutput(TerminalBuilder.SystemOutput.SysErr).build(), style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int choose(List<TransactionFinder.Candidate> candidates) {
        PrintWriter w = terminal.writer();
        w.println(style.markup("bold", candidates.size() + " transactions match the complaint, best first:"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            w.println("  " + (i + 1) + ". " + ComplaintView.candidateLine(candidates.get(i)));
            numbers.add(String.valueOf(i + 1));
        }
        w.flush();
        while (true) {
            String answer = read("Which one is it? [1-" + candidates.size() + ", Enter: none of them] ", numbers);
            if (answer == null || answer.isBlank()) {
                return -1;
            }
            try {
                int n = Integer.parseInt(answer.strip());
                if (n >= 1 && n <= candidates.size()) {
                    return n - 1;
                }
            } catch (NumberFormatException notANumber) {
                // asked again below
            }
            warn("type a number from 1 to " + candidates.size() + ", or press Enter for none of them");
        }
    }

    @Override
    public String ask(MissingFacts.Fact fact, List<String> completions) {
        return read(MissingFacts.prompt(fact) + " (Enter: skip): ", completions);
    }

    @Override
    public void warn(String message) {
        terminal.writer().println(style.markup("yellow", "  " + message));
        terminal.writer().flush();
    }

    /** One line from the agent; null when they ended the questions (Ctrl-D, Ctrl-C). */
    String read(String prompt, List<String> completions) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .completer(new StringsCompleter(completions))
                .variable(LineReader.DISABLE_HISTORY, true)
                .build();
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException | UserInterruptException stop) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the process is about to print its result; a terminal that will not close changes nothing
        }
    }
}
