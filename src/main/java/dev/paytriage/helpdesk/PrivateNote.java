package dev.paytriage.helpdesk;

import dev.paytriage.model.SafeText;
import java.util.ArrayList;
import java.util.List;

/**
 * The only thing paytriage ever writes to a help desk: an internal, agent-only note. It has no
 * visibility to choose — there is no public variant, no flag, no setter — and the desks' request builders
 * take nothing else, so no code path can ask a desk to show a comment to the customer. The text passes
 * the text gate when the note is made (control characters out, card numbers masked) and ends with the
 * {@link DraftMarker} line.
 */
public final class PrivateNote {
    /** Usedesk takes about 64 KB per comment; Zendesk more. A draft is far below either. */
    static final int MAX_CHARS = 60_000;

    private final List<String> paragraphs;
    private final DraftMarker marker;

    private PrivateNote(List<String> paragraphs, DraftMarker marker) {
        this.paragraphs = List.copyOf(paragraphs);
        this.marker = marker;
    }

    /**
     * A draft note: {@code text} in paragraphs separated by blank lines, the first being its heading
     * (shown bold where the desk renders HTML).
     */
    public static PrivateNote draft(String text, DraftMarker marker) {
        String clean = SafeText.clean(text == null ? "" : text).replace("\r", "").strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("a note needs text");
        }
        if (clean.length() > MAX_CHARS) {
            clean = clean.substring(0, MAX_CHARS) + "…";
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : clean.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        return new PrivateNote(paragraphs, marker);
    }

    public DraftMarker marker() {
        return marker;
    }

    /** Plain text: the paragraphs, then the marker line. */
    public String plainText() {
        return String.join("\n\n", paragraphs) + "\n\n" + marker.line();
    }

    /** HTML for desks that render it: escaped paragraphs, the heading bold, the marker small and grey. */
    public String html() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            String escaped = String.join("<br>", paragraphs.get(i).lines().map(PrivateNote::escape).toList());
            sb.append("<p>").append(i == 0 ? "<strong>" + escaped + "</strong>" : escaped).append("</p>");
        }
        sb.append("<p><small style=\"color:#888888\">").append(escape(marker.line())).append("</small></p>");
        return sb.toString();
    }

    /** Only what HTML needs; named entities beyond these are not every desk's sanitiser's friends. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
