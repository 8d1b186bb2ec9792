package dev.paytriage.output;

import dev.paytriage.model.Transaction;
import dev.paytriage.pipeline.CaseResult;
import dev.paytriage.reply.Channel;
import dev.paytriage.reply.Reply;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reply for chats that render Markdown (CommonMark: Mattermost, Rocket.Chat, Teams, GitHub-style
 * help desks): the e-mail subject in bold, chat parts as separate blocks with their "(1/2)" marker in
 * bold, transaction and order ids as code so they copy cleanly, lines of a block kept as lines.
 * Everything else is literal text: only characters that would start formatting are escaped, so the
 * message still reads well where Markdown is shown raw.
 */
public final class MarkdownView {
    private static final Pattern MARKER = Pattern.compile("^\\((\\d+/\\d+)\\) ");

    private MarkdownView() {}

    public static String render(CaseResult r) {
        return render(r.reply(), ids(r));
    }

    public static String render(Reply reply, Set<String> ids) {
        String head = null;
        List<String> parts = new ArrayList<>(reply.parts());
        if (reply.subject() != null && !parts.isEmpty()) {
            String first = parts.get(0);
            int nl = first.indexOf('\n');
            String line = nl < 0 ? first : first.substring(0, nl);
            if (line.endsWith(reply.subject()) && line.length() > reply.subject().length()) {
                String label = line.substring(0, line.length() - reply.subject().length()).strip();
                head = "**" + escape(label) + "** " + inline(reply.subject(), ids);
                parts.set(0, nl < 0 ? "" : first.substring(nl + 1).strip());
            }
        }
        List<String> blocks = new ArrayList<>();
        for (String part : parts) {
            blocks.add(block(part, ids, reply.channel() == Channel.NOTE));
        }
        String body = String.join("\n\n---\n\n", blocks);
        return (head == null ? body : head + "\n\n" + body) + "\n";
    }

    /** One part: paragraphs stay paragraphs, single line breaks become hard breaks, lists stay lists. */
    private static String block(String part, Set<String> ids, boolean note) {
        List<String> paragraphs = new ArrayList<>();
        boolean firstParagraph = true;
        for (String paragraph : part.strip().split("\\n\\s*\\n")) {
            String[] lines = paragraph.split("\\n");
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                boolean item = line.startsWith("- ");
                String text = item ? "- " + inline(line.substring(2), ids) : inline(line, ids);
                if (i == 0 && firstParagraph) {
                    Matcher m = MARKER.matcher(line);
                    if (m.find()) {
                        text = "**(" + m.group(1) + ")** " + inline(line.substring(m.end()), ids);
                    } else if (note) {
                        text = "**" + text + "**";
                    }
                }
                boolean nextIsItem = i + 1 < lines.length && lines[i + 1].startsWith("- ");
                if (note && !item && nextIsItem && line.endsWith(":") && !line.contains(". ")) {
                    text = "**" + text + "**";
                }
                // A hard break keeps the lines of an address block or a sign-off apart.
                out.add(i + 1 < lines.length && !nextIsItem ? text + "  " : text);
            }
            paragraphs.add(String.join("\n", out));
            firstParagraph = false;
        }
        return String.join("\n\n", paragraphs);
    }

    /** Escapes one line of text, with the known ids as code spans. */
    static String inline(String line, Set<String> ids) {
        List<String> sorted = ids.stream().filter(id -> !id.isBlank() && !id.contains("`"))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return escape(line);
        }
        Pattern p = Pattern.compile(String.join("|", sorted.stream().map(Pattern::quote).toList()));
        Matcher m = p.matcher(line);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            boolean whole = (m.start() == 0 || !Character.isLetterOrDigit(line.charAt(m.start() - 1)))
                    && (m.end() == line.length() || !Character.isLetterOrDigit(line.charAt(m.end())));
            if (!whole) {
                continue;
            }
            sb.append(escape(line.substring(at, m.start()))).append('`').append(m.group()).append('`');
            at = m.end();
        }
        return sb.append(escape(line.substring(at))).toString();
    }

    /**
     * Keeps text literal: backslash, backtick, asterisk, brackets, angle brackets, pipe and tilde always;
     * an underscore only where it could open or close emphasis (not inside pi_3SQx…); '#', '>' and
     * '+' only at the start of a line.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineStart = i == 0;
            boolean escape = switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '|', '~' -> true;
                case '_' -> !(i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
                        && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1)));
                case '#', '+' -> lineStart;
                default -> false;
            };
            if (escape) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static Set<String> ids(CaseResult r) {
        Set<String> ids = new LinkedHashSet<>();
        Transaction t = r.transaction();
        if (t != null) {
            ids.add(t.id());
            if (t.orderId() != null) {
                ids.add(t.orderId());
            }
        }
        r.attempts().forEach(a -> ids.add(a.id()));
        ids.remove(null);
        return ids;
    }
}
