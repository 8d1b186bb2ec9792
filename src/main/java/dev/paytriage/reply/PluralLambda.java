package dev.paytriage.reply;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{#plural}}{{attempts_count}} платёж|платежа|платежей{{/plural}}} renders "3 платежа": the
 * section's text is a number, then the forms separated by "|" (one|few|many in ru and uk, one|other
 * in en; whole phrases are fine: "успешный платёж|успешных платежа|успешных платежей").
 */
final class PluralLambda implements Mustache.Lambda {
    private static final Pattern SHAPE = Pattern.compile("\\s*(-?\\d+)\\s+(.+)", Pattern.DOTALL);

    private final Lang lang;

    PluralLambda(Lang lang) {
        this.lang = lang;
    }

    @Override
    public void execute(Template.Fragment frag, Writer out) throws IOException {
        String text = frag.execute();
        Matcher m = SHAPE.matcher(text);
        int wanted = lang == Lang.EN ? 2 : 3;
        String[] forms = m.matches() ? m.group(2).split("\\|", -1) : new String[0];
        if (!m.matches() || forms.length != wanted) {
            throw new MustacheException("plural needs a number and " + wanted + " forms separated by '|' ("
                    + (lang == Lang.EN ? "one|other" : "one|few|many") + "), got '" + text.strip() + "'");
        }
        long n = Long.parseLong(m.group(1));
        String form = lang == Lang.EN ? (n == 1 ? forms[0] : forms[1])
                : LocaleFormat.plural(n, lang, forms[0], forms[1], forms[2]);
        out.write(n + " " + form.strip());
    }
}
