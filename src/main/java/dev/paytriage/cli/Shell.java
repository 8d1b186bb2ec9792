package dev.paytriage.cli;

import dev.paytriage.model.SafeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import picocli.CommandLine;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * The interactive shell: the same command tree as one-shot runs, with completion from it, history
 * in a file (card numbers masked before they are stored), no '!' expansion, Ctrl-C to drop a line
 * and Ctrl-D or 'exit' to leave.
 */
final class Shell {
    static final List<String> EXIT_WORDS = List.of("exit", "quit", "q");

    private final Terminal terminal;
    private final CommandLine commands;
    private final LineReader reader;
    private final org.jline.reader.Completer completer;
    private final Supplier<String> prompt;

    Shell(Env env, Terminal terminal, Path historyFile) {
        this.terminal = terminal;
        secure(historyFile);
        PrintWriter out = terminal.writer();
        // Inside the shell a command must not start prompts of its own on the same terminal.
        Env inner = new Env(env.vars(), env.home(), env.stdin(), false, env.stdoutTty(), env.stderrTty(), env.clock());
        this.commands = Cli.newCommandLine(inner, out, out);
        commands.getSubcommands().get("shell").getCommandSpec().usageMessage().hidden(true);
        this.completer = new TicketCompleter(new PicocliJLineCompleter(commands.getCommandSpec()), env,
                this::history);
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(null); // keep backslashes: they can be part of a pasted complaint
        this.reader = LineReaderBuilder.builder()
                .appName("paytriage")
                .terminal(terminal)
                .completer(completer)
                .parser(parser)
                .history(new MaskingHistory())
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
        reader.getHistory().attach(reader); // load now, so a save before the first prompt keeps the file
        this.prompt = () -> "paytriage> ";
    }

    /** This shell's history; null while the reader is still being built. */
    private org.jline.reader.History history() {
        return reader == null ? null : reader.getHistory();
    }

    LineReader reader() {
        return reader;
    }

    org.jline.reader.Completer completer() {
        return completer;
    }

    /** Reads and runs lines until exit or end of input; returns the last command's exit code. */
    int loop() {
        PrintWriter out = terminal.writer();
        out.println("paytriage shell: type a command (check, complaint, ticket, explain, …), 'help', or 'exit'. Tab completes.");
        out.flush();
        int last = 0;
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt.get());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (line == null) {
                break;
            }
            String trimmed = line.strip();
            if (EXIT_WORDS.contains(trimmed)) {
                break;
            }
            if (!trimmed.isEmpty()) {
                last = execute(trimmed);
            }
        }
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            terminal.writer().println("paytriage: history not saved: " + e.getMessage());
        }
        return last;
    }

    /** Runs one line as a command; a non-zero exit is shown, never ends the shell. */
    int execute(String line) {
        List<String> words = reader.getParser().parse(line, line.length()).words().stream()
                .filter(w -> !w.isEmpty()).toList();
        if (!words.isEmpty() && "shell".equals(words.get(0))) {
            terminal.writer().println("already in the shell");
            terminal.writer().flush();
            return 0;
        }
        int code = commands.execute(words.toArray(String[]::new));
        if (code != 0) {
            terminal.writer().println("(exit " + code + ")");
        }
        terminal.writer().flush();
        return code;
    }

    /**
     * Where history is kept: $XDG_STATE_HOME/paytriage/history, else ~/.local/state/paytriage/history.
     * The agent's own: the shell makes the directory 0700 and the file 0600 before writing to it.
     */
    static Path historyFile(Env env) {
        String state = env.var("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : env.home().resolve(".local").resolve("state");
        return base.resolve("paytriage").resolve("history");
    }

    /** Makes the history's directory (0700) and file (0600) before anything is written to them. */
    private static void secure(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            restrict(file.toAbsolutePath().getParent(), "rwx------");
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            restrict(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Owner-only permissions where the file system has them (not on Windows). */
    static void restrict(Path p, String perms) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        }
    }

    /**
     * History that stores what passed the gate: a line is cleaned (card numbers in every form masked,
     * controls stripped) as it is added, and the file stays the agent's alone (0600) after each save.
     */
    static final class MaskingHistory extends DefaultHistory {
        @Override
        public void add(Instant time, String line) {
            super.add(time, SafeText.clean(line));
        }

        @Override
        protected void addHistoryLine(Path path, String line) {
            super.addHistoryLine(path, SafeText.clean(line));
        }

        @Override
        public void save() throws IOException {
            super.save();
            Object file = reader() == null ? null : reader().getVariable(LineReader.HISTORY_FILE);
            if (file != null && Files.exists(Path.of(file.toString()))) {
                restrict(Path.of(file.toString()), "rw-------");
            }
        }

        private LineReader reader;

        @Override
        public void attach(LineReader reader) {
            this.reader = reader;
            super.attach(reader);
        }

        private LineReader reader() {
            return reader;
        }
    }
}
