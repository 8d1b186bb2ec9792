package dev.paytriage.triage;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of a row's next step with the case's own details, so the agent reads "ask
 * Belarusbank (connection 4105) to raise TicketHub's limit" rather than "ask the acquirer".
 */
final class StepText {
    /** The placeholders a next step may use. */
    static final List<String> PLACEHOLDERS = List.of("id", "order", "shop", "amount", "acquirer", "gateway", "code",
            "card", "created", "now", "rrn", "settlement_due");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private StepText() {}

    /** The first placeholder a text uses that is not known, or null. */
    static String unknownPlaceholder(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    static String fill(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
