package dev.paytriage.output;

import dev.paytriage.model.Party;
import picocli.CommandLine.Help.Ansi;

/**
 * Colour for one output stream, decided for that stream alone: on only when it is a terminal, and
 * never with NO_COLOR, TERM=dumb or --no-color (CLICOLOR_FORCE forces it on).
 */
public record Style(boolean color) {

    public static Style decide(boolean streamIsTerminal, boolean noColorFlag, java.util.function.UnaryOperator<String> env) {
        if (noColorFlag || present(env.apply("NO_COLOR"))) {
            return new Style(false);
        }
        if (present(env.apply("CLICOLOR_FORCE")) && !"0".equals(env.apply("CLICOLOR_FORCE"))) {
            return new Style(true);
        }
        String term = env.apply("TERM");
        return new Style(streamIsTerminal && !"dumb".equals(term));
    }

    private static boolean present(String v) {
        return v != null && !v.isEmpty();
    }

    public Ansi ansi() {
        return color ? Ansi.ON : Ansi.OFF;
    }

    /** picocli markup ("@|bold text|@") rendered or stripped; the text itself must already be safe. */
    public String markup(String styles, String text) {
        if (!color) {
            return text;
        }
        return Ansi.ON.string("@|" + styles + " " + text.replace("|@", "| @") + "|@");
    }

    public String party(Party p, String text) {
        String c = switch (p) {
            case PAYER, ISSUER -> "yellow";
            case MERCHANT, MODULE_MISCONFIGURED -> "magenta";
            case ACQUIRER, LIMIT_EXCEEDED -> "cyan";
            case GATEWAY -> "red";
            case UNDETERMINED -> "white";
        };
        return markup("bold," + c, text);
    }

    public String dim(String text) {
        return markup("faint", text);
    }
}
