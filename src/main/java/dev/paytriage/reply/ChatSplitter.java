package dev.paytriage.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a chat reply into parts that fit one phone screen: at paragraph, then sentence boundaries,
 * never inside a word. Parts get a "(1/2)" marker and every part but the last says more follows.
 */
public final class ChatSplitter {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\p{N}«\"(—–-])");

    private ChatSplitter() {}

    /** @param more what ends a part that is not the last, e.g. "(continued)". */
    public static List<String> split(String text, int limit, String more) {
        String trimmed = text.strip();
        if (trimmed.length() <= limit) {
            return List.of(trimmed);
        }
        // Reserve room for the marker "(10/10) " and the continuation note.
        int budget = Math.max(80, limit - 10 - more.length() - 1);
        List<String> pieces = new ArrayList<>();
        for (String paragraph : trimmed.split("\\n\\s*\\n")) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                pieces.addAll(hardWrap(sentence.strip(), budget));
            }
            pieces.add("\n");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String p : pieces) {
            if (p.equals("\n")) {
                if (cur.length() > 0 && !cur.toString().endsWith("\n\n")) {
                    cur.append("\n\n");
                }
                continue;
            }
            String joiner = cur.length() == 0 || cur.toString().endsWith("\n\n") ? "" : " ";
            if (cur.length() + joiner.length() + p.length() > budget && cur.length() > 0) {
                parts.add(cur.toString().strip());
                cur.setLength(0);
                joiner = "";
            }
            cur.append(joiner).append(p);
        }
        if (cur.toString().strip().length() > 0) {
            parts.add(cur.toString().strip());
        }
        if (parts.size() == 1) {
            return parts;
        }
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = "(" + (i + 1) + "/" + parts.size() + ") " + parts.get(i);
            marked.add(i < parts.size() - 1 ? part + " " + more : part);
        }
        return marked;
    }

    /** A sentence longer than the budget is cut at the last space that fits. */
    private static List<String> hardWrap(String sentence, int budget) {
        List<String> out = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > budget) {
            int cut = rest.lastIndexOf(' ', budget);
            if (cut <= 0) {
                cut = budget;
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
