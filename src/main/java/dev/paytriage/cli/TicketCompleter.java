package dev.paytriage.cli;

import dev.paytriage.PaytriageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * The shell's completion for 'ticket': the first word after it offers the configured desks ("zd:") and
 * the tickets opened lately in this shell ("zd:48211", newest first); everything else is the command
 * tree's own completion.
 */
final class TicketCompleter implements Completer {
    static final int RECENT = 10;

    private final Completer commands;
    private final Env env;
    private final Supplier<History> history;

    TicketCompleter(Completer commands, Env env, Supplier<History> history) {
        this.commands = commands;
        this.env = env;
        this.history = history;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        if (words.size() >= 2 && "ticket".equals(words.get(0)) && line.wordIndex() == firstPositional(words)) {
            String typed = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
            for (String desk : desks(words)) {
                if ((desk + ":").startsWith(typed)) {
                    candidates.add(new Candidate(desk + ":", desk + ":", "help desks", null, null, null, false));
                }
            }
            for (String ticket : recent()) {
                if (ticket.startsWith(typed)) {
                    candidates.add(new Candidate(ticket, ticket, "recent tickets", null, null, null, true));
                }
            }
            if (!typed.startsWith("-")) {
                return;
            }
        }
        commands.complete(reader, line, candidates);
    }

    /** The index of the word that is the ticket: the first after 'ticket' that is not an option or its value. */
    private static int firstPositional(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--config") || w.equals("-g") || w.equals("--gateway") || w.equals("-o")) {
                i++;
            } else if (!w.startsWith("-") || i == words.size() - 1) {
                return i;
            }
        }
        return words.size() - 1;
    }

    /** The desks of the config the line names (--config), else the default one; none when it cannot be read. */
    private List<String> desks(List<String> words) {
        int at = words.indexOf("--config");
        Path flag = at >= 0 && at + 1 < words.size() && !words.get(at + 1).isBlank() ? Path.of(words.get(at + 1)) : null;
        try (Services s = new Services(env, flag)) {
            return List.copyOf(s.config().helpdesks().keySet());
        } catch (PaytriageException | java.nio.file.InvalidPathException e) {
            return List.of();
        }
    }

    /** Tickets from this shell's history, newest first. */
    List<String> recent() {
        Set<String> out = new LinkedHashSet<>();
        History h = history.get();
        if (h == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        h.forEach(e -> lines.add(e.line()));
        for (int i = lines.size() - 1; i >= 0 && out.size() < RECENT; i--) {
            String[] w = lines.get(i).strip().split("\\s+");
            if (w.length >= 2 && "ticket".equals(w[0])) {
                for (int j = 1; j < w.length; j++) {
                    if (w[j].matches("([\\w.-]+:)?#?\\d{1,19}")) {
                        out.add(w[j]);
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
