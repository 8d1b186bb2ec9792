package dev.paytriage.helpdesk;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A help desk's message body as plain text: HTML parsed by jsoup (entities, {@code &nbsp;}, line
 * breaks and paragraphs kept as lines), quoted earlier mail left out — a customer's e-mail reply often
 * quotes the agent's last answer below it, and those are not the customer's words. Plain text (no tags)
 * keeps its lines and only has its entities decoded.
 */
public final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z!/]");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "table", "ul", "ol", "hr", "dd", "dt", "section", "article", "header", "footer", "address");
    /** Quoted earlier messages: blockquote, and the wrappers Gmail, Yahoo and Outlook put around a quote. */
    private static final String QUOTES = "blockquote, .gmail_quote, .yahoo_quoted, #divRplyFwdMsg, #appendonsend";

    private HtmlText() {}

    public static String of(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        if (!TAG.matcher(body).find()) {
            return tidy(Parser.unescapeEntities(body, false).replace('\u00A0', ' ')
                    .lines().filter(l -> !l.startsWith(">")).reduce((a, b) -> a + "\n" + b).orElse(""));
        }
        Document doc = Jsoup.parseBodyFragment(body);
        doc.select(QUOTES).remove();
        doc.select("script, style, head, title").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\u00A0', ' ').replaceAll("[\\s&&[^\\u00A0]]+", " "));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !"br".equals(e.normalName())) {
                    out.append(e.normalName().equals("p") ? "\n\n" : "\n");
                }
            }
        }, doc.body());
        return tidy(out.toString());
    }

    /** Trailing spaces off every line, at most one blank line in a row, no blank lines at the ends. */
    private static String tidy(String s) {
        return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
