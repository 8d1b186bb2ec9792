package dev.paytriage.reply;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.paytriage.model.Audience;
import dev.paytriage.model.SafeText;
import dev.paytriage.model.Transaction;
import dev.paytriage.triage.Verdict;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Renders a reply from Mustache templates, all in one language: for chat and e-mail a body per reason
 * family and audience, for an escalation note a note per family; the e-mail subject per family and
 * audience; all wrapped in a layout per channel. Values from outside are data: Mustache never
 * evaluates them, and the finished text is scrubbed of anything that looks like a card number.
 */
public final class ReplyRenderer {

    /**
     * What a reply is about. {@code missing} names facts to ask for (keys of
     * {@link ReplyContext#MISSING_KEYS}), only ever what the complaint did not already say. {@code remedy}
     * is what the person asks for (one of {@link ReplyContext#REMEDIES}, or null): the topic comes from
     * what happened, the reply also answers what is asked.
     */
    public record Request(Transaction transaction, List<Transaction> attempts, Verdict verdict, Audience audience,
            Lang lang, Channel channel, List<String> missing, String remedy) {

        /** A request with no remedy asked for (a lookup by reference, or a complaint that asks for none). */
        public Request(Transaction transaction, List<Transaction> attempts, Verdict verdict, Audience audience,
                Lang lang, Channel channel, List<String> missing) {
            this(transaction, attempts, verdict, audience, lang, channel, missing, null);
        }
    }

    private static final Pattern MASKED_PAN = Pattern.compile("(?<![\\d*•])\\d{4,6}[*xX•]{2,9}(\\d{4})(?![\\d*])");

    private final TemplateStore store;
    private final ReplySettings settings;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public ReplyRenderer(TemplateStore store, ReplySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public ReplySettings settings() {
        return settings;
    }

    public TemplateStore store() {
        return store;
    }

    public Reply render(Request r) {
        Map<String, Object> ctx = context(r);
        String family = ReplyContext.family(r);
        String subject = null;
        if (r.channel() == Channel.EMAIL) {
            subject = oneLine(execute(subjectName(r.lang(), family, r.audience()), r.lang(), ctx));
            ctx.put("subject", subject);
        }
        String bodyName = r.channel() == Channel.NOTE ? noteName(r.lang(), family) : bodyName(r.lang(), family, r.audience());
        ctx.put("body", execute(bodyName, r.lang(), ctx).strip());
        String text = scrub(tidy(execute(layoutName(r.lang(), r.channel()), r.lang(), ctx)));
        List<String> parts = r.channel() == Channel.CHAT
                ? ChatSplitter.split(text, settings.chatPartLimit(), more(r.lang(), ctx))
                : List.of(text);
        return new Reply(r.audience(), r.lang(), r.channel(), subject == null ? null : scrub(subject), text, parts);
    }

    /** The context a request's templates see; exposed for templates lint. */
    Map<String, Object> context(Request r) {
        return ReplyContext.build(r, settings);
    }

    /** What ends a chat part that is not the last, e.g. "(continued in the next message)". */
    String more(Lang lang, Map<String, Object> ctx) {
        return oneLine(execute(partialName(lang, "more"), lang, ctx));
    }

    public static String bodyName(Lang lang, String family, Audience audience) {
        return lang.wire() + "/body/" + family + "." + audience.wire() + ".mustache";
    }

    public static String subjectName(Lang lang, String family, Audience audience) {
        return lang.wire() + "/subject/" + family + "." + audience.wire() + ".mustache";
    }

    public static String noteName(Lang lang, String family) {
        return lang.wire() + "/note/" + family + ".mustache";
    }

    public static String layoutName(Lang lang, Channel channel) {
        return lang.wire() + "/layout/" + channel.wire() + ".mustache";
    }

    public static String partialName(Lang lang, String partial) {
        return lang.wire() + "/partials/" + partial + ".mustache";
    }

    /** Renders one named template with a context; exposed for templates lint. */
    public String execute(String name, Lang lang, Map<String, Object> ctx) {
        Template t = template(name, lang);
        try {
            return t.execute(ctx);
        } catch (MustacheException e) {
            if (e.getCause() instanceof TemplateException inner) {
                throw inner;
            }
            throw new TemplateException(name, store.origin(name), describe(e), fix());
        } catch (TemplateException e) {
            throw e;
        }
    }

    /** The compiled template; throws a configuration error naming the file when it is missing or broken. */
    Template template(String name, Lang lang) {
        return compiled.computeIfAbsent(name, n -> compile(n, lang));
    }

    private Template compile(String name, Lang lang) {
        String source = store.find(name).orElseThrow(() -> new TemplateException(name, "missing",
                "is missing" + (store.overrideDir() == null ? "" : " (looked in " + store.overrideDir()
                        + " and the bundled set)"), fix()));
        try {
            return compiler(lang, name).compile(source);
        } catch (MustacheException e) {
            throw new TemplateException(name, store.origin(name), "does not compile: " + describe(e), fix());
        }
    }

    /**
     * Strict where it matters: a name the context does not have fails (in a variable or a section), and
     * an empty string counts as false so "{{#tx.shop}}" never renders around nothing.
     */
    private Mustache.Compiler compiler(Lang lang, String includer) {
        return Mustache.compiler()
                .escapeHTML(false)
                .nullValue("")
                .strictSections(true)
                .emptyStringIsFalse(true)
                .withLoader(partial -> new StringReader(store.find(partialName(lang, partial)).orElseThrow(() ->
                        new TemplateException(partialName(lang, partial), "missing", "is missing (included by "
                                + includer + ")", fix()))));
    }

    private String fix() {
        return store.overrideDir() == null ? "" : "; fix it in " + store.overrideDir() + ", then run 'paytriage templates lint'";
    }

    private static String describe(MustacheException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replace("No key, method or field with name", "uses unknown variable")
                .replace("No method or field with name", "uses unknown variable")
                .replace("Section key", "section").strip();
    }

    /** Collapses the blank lines that empty sections leave behind. */
    static String tidy(String s) {
        return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").replaceAll("(?m)^[ \\t]+$", "").strip();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The last guard before text leaves: a card number, masked or not, becomes "•••• 1234". */
    static String scrub(String s) {
        String masked = SafeText.maskPans(s);
        return MASKED_PAN.matcher(masked).replaceAll("•••• $1");
    }
}
