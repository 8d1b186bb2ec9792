package dev.paytriage.reply;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Transaction;
import dev.paytriage.triage.Verdict;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a reply from Mustache templates: a body per reason family and audience, wrapped in a layout
 * per channel, in one language. Values from outside are data: Mustache never evaluates them.
 */
public final class ReplyRenderer {

    /** What a reply is about. {@code missing} names facts to ask for when nothing was found. */
    public record Request(Transaction transaction, List<Transaction> attempts, Verdict verdict, Audience audience,
            Lang lang, Channel channel, List<String> missing) {}

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
        Map<String, Object> ctx = ReplyContext.build(r, settings);
        String family = ReplyContext.family(r);
        String body = r.channel() == Channel.NOTE ? "" : execute(bodyName(r.lang(), family, r.audience()), r.lang(), ctx);
        ctx.put("body", body.strip());
        String layout = execute(layoutName(r.lang(), r.channel()), r.lang(), ctx);
        String text = tidy(layout);
        String subject = null;
        if (r.channel() == Channel.EMAIL && text.startsWith(SUBJECT_PREFIX.get(r.lang()))) {
            int nl = text.indexOf('\n');
            subject = text.substring(SUBJECT_PREFIX.get(r.lang()).length(), nl < 0 ? text.length() : nl).strip();
        }
        List<String> parts = r.channel() == Channel.CHAT
                ? ChatSplitter.split(text, settings.chatPartLimit(), execute(partialName(r.lang(), "more"), r.lang(), ctx).strip())
                : List.of(text);
        return new Reply(r.audience(), r.lang(), r.channel(), subject, text, parts);
    }

    static final Map<Lang, String> SUBJECT_PREFIX = Map.of(Lang.EN, "Subject:", Lang.RU, "Тема:", Lang.UK, "Тема:");

    public static String bodyName(Lang lang, String family, Audience audience) {
        return lang.wire() + "/body/" + family + "." + audience.wire() + ".mustache";
    }

    public static String layoutName(Lang lang, Channel channel) {
        return lang.wire() + "/layout/" + channel.wire() + ".mustache";
    }

    public static String partialName(Lang lang, String partial) {
        return lang.wire() + "/partials/" + partial + ".mustache";
    }

    /** Renders one named template with a context; exposed for templates lint. */
    public String execute(String name, Lang lang, Map<String, Object> ctx) {
        Template t = compiled.computeIfAbsent(name, n -> compile(n, lang));
        try {
            return t.execute(ctx);
        } catch (MustacheException e) {
            throw new PaytriageException(ExitCode.CONFIG, "template " + name + " (" + store.origin(name) + "): "
                    + e.getMessage());
        }
    }

    private Template compile(String name, Lang lang) {
        String source = store.find(name).orElseThrow(() -> new PaytriageException(ExitCode.CONFIG,
                "reply template " + name + " is missing" + (store.overrideDir() == null ? ""
                        : " (looked in " + store.overrideDir() + " and the bundled set)")));
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(false)
                .nullValue("")
                .withLoader(partial -> new StringReader(store.find(partialName(lang, partial)).orElseThrow(() ->
                        new PaytriageException(ExitCode.CONFIG, "reply partial " + partialName(lang, partial)
                                + " used by " + name + " is missing"))));
        try {
            return compiler.compile(source);
        } catch (MustacheException e) {
            throw new PaytriageException(ExitCode.CONFIG, "template " + name + " (" + store.origin(name) + ") does not compile: "
                    + e.getMessage());
        }
    }

    /** Collapses the blank lines that empty sections leave behind. */
    static String tidy(String s) {
        return s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
