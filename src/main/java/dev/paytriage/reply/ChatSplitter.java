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

    /**
     * A sentence longer than the budget is cut at a clause break (after ", ", "; ", ": " or a dash) where
     * it can be, else at a space; when the rest fits in two pieces the cut is near the middle, so no
     * part ends with a stray word or two.
     */
    private static List<String> hardWrap(String sentence, int budget) {
        List<String> out = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > budget) {
            int cut = cutPoint(rest, budget);
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static int cutPoint(String s, int budget) {
        boolean twoPieces = s.length() <= 2 * budget;
        int from = twoPieces ? Math.max(1, s.length() - budget) : budget / 2;
        int target = twoPieces ? s.length() / 2 : budget;
        int clause = nearest(s, from, budget, target, true);
        if (clause > 0) {
            return clause;
        }
        int space = nearest(s, from, budget, target, false);
        if (space > 0) {
            return space;
        }
        int last = s.lastIndexOf(' ', budget);
        return last > 0 ? last : budget;
    }

    /** The break position in [from, to] closest to target: after a clause mark and a space, or at a space. */
    private static int nearest(String s, int from, int to, int target, boolean clause) {
        int best = -1;
        for (int i = Math.max(1, from); i <= Math.min(to, s.length() - 1); i++) {
            boolean ok = clause
                    ? s.charAt(i - 1) == ' ' && i >= 2 && ",;:—–".indexOf(s.charAt(i - 2)) >= 0
                    : s.charAt(i) == ' ';
            if (ok && (best < 0 || Math.abs(i - target) < Math.abs(best - target))) {
                best = i;
            }
        }
        return best;
    }
}
