package dev.paytriage.reply;

import com.samskivert.mustache.Mustache;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Party;
import dev.paytriage.model.Transaction;
import dev.paytriage.triage.Row;
import dev.paytriage.triage.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders every template for every reason family, verdict party, audience, language and channel with
 * sample data, and reports what would embarrass an agent: a missing template, an unknown variable, an
 * empty result, a chat part over the limit, a confidential reason in a payer's reply, an override that
 * shadows nothing.
 */
public final class TemplateLint {

    /** One thing to fix: the template, and what is wrong with it (with the case that showed it). */
    public record Problem(String template, String origin, String message) {
        @Override
        public String toString() {
            return template + " (" + origin + "): " + message;
        }
    }

    /** What was checked, and what is wrong. */
    public record Result(int templates, int renders, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final List<Pattern> CONFIDENTIAL = confidentialWords();
    /** Typography that empty sections tend to leave behind. */
    private static final Map<Pattern, String> SLIPS = Map.of(
            Pattern.compile("(?<!\\.)\\.\\.(?!\\.)"), "a double full stop",
            Pattern.compile("[ \\u00a0][,.;:!?](?![\\d.])"), "a space before punctuation",
            Pattern.compile("[,;:][.,;:]"), "doubled punctuation",
            Pattern.compile("(?m)\\S {2,}\\S"), "a double space",
            Pattern.compile("\\( | \\)|\\(\\)"), "an empty or padded bracket");

    private final ReplyRenderer renderer;
    private final SortedSet<String> families;
    private final Collection<Row> rows;
    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private int renders;

    /** @param rows the triage rows whose families and parties give the sample verdicts */
    public TemplateLint(ReplyRenderer renderer, SortedSet<String> families, Collection<Row> rows) {
        this.renderer = renderer;
        this.families = families;
        this.rows = rows;
    }

    public Result run() {
        SortedSet<String> expected = expectedNames();
        for (String name : expected) {
            if (renderer.store().find(name).isEmpty()) {
                add(name, "is missing (every family needs a body and a subject per audience and a note, in every language)");
            }
        }
        for (String name : renderer.store().overrideNames()) {
            if (!expected.contains(name) && TemplateStore.bundled(name).isEmpty() && !isPartial(name)) {
                add(name, "shadows no template: no such name in the bundled set (see 'paytriage templates list')");
            }
        }
        for (String name : expected) {
            checkNames(name);
        }
        for (Lang lang : Lang.values()) {
            checkMore(lang);
        }
        for (String family : families) {
            for (Verdict v : LintSamples.samples(family, rows)) {
                for (Lang lang : Lang.values()) {
                    for (Audience audience : Audience.values()) {
                        for (Channel channel : Channel.values()) {
                            for (Transaction tx : LintSamples.transactions(family)) {
                                render(family, v, lang, audience, channel, tx);
                            }
                        }
                    }
                }
            }
        }
        return new Result(expected.size(), renders, List.copyOf(problems.values()));
    }

    /** Every template the renderer can ask for, given the families. */
    public SortedSet<String> expectedNames() {
        SortedSet<String> names = new TreeSet<>();
        for (Lang lang : Lang.values()) {
            for (Channel c : Channel.values()) {
                names.add(ReplyRenderer.layoutName(lang, c));
            }
            names.add(ReplyRenderer.partialName(lang, "more"));
            for (String family : families) {
                names.add(ReplyRenderer.noteName(lang, family));
                for (Audience a : Audience.values()) {
                    names.add(ReplyRenderer.bodyName(lang, family, a));
                    names.add(ReplyRenderer.subjectName(lang, family, a));
                }
            }
        }
        return names;
    }

    private void render(String family, Verdict v, Lang lang, Audience audience, Channel channel, Transaction tx) {
        String where = "family " + family + ", " + v.party().wire() + (v.confidential() ? " (confidential)" : "")
                + ", to the " + audience.wire() + ", " + lang.wire() + ", " + channel.wire()
                + (tx == null ? ", nothing found" : tx.amount() == null ? ", sparse transaction" : "");
        String body = channel == Channel.NOTE ? ReplyRenderer.noteName(lang, family)
                : ReplyRenderer.bodyName(lang, family, audience);
        ReplyRenderer.Request req = new ReplyRenderer.Request(tx, tx == null ? List.of() : LintSamples.attempts(tx), v, audience,
                lang, channel, tx == null ? List.of("amount", "date", "card_last4", "shop") : List.of());
        Reply reply;
        renders++;
        try {
            Map<String, Object> ctx = renderer.context(req);
            if (renderer.execute(body, lang, ctx).isBlank()) {
                add(body, "renders empty (" + where + ")");
                return;
            }
            reply = renderer.render(req);
        } catch (TemplateException e) {
            add(e.template(), e.origin(), e.detail() + " (" + where + ")");
            return;
        }
        if (channel == Channel.EMAIL && (reply.subject() == null || reply.subject().isBlank())) {
            add(ReplyRenderer.subjectName(lang, family, audience), "renders an empty subject (" + where + ")");
        }
        if (reply.text().contains("{{") || reply.text().contains("}}")) {
            add(body, "leaves template syntax in the reply (" + where + ")");
        }
        for (Map.Entry<Pattern, String> p : SLIPS.entrySet()) {
            Matcher m = p.getKey().matcher(reply.text());
            if (m.find()) {
                add(body, "leaves " + p.getValue() + " in the reply: '…" + around(reply.text(), m.start()) + "…' ("
                        + where + ")");
            }
        }
        int limit = renderer.settings().chatPartLimit();
        for (String part : reply.parts()) {
            if (channel == Channel.CHAT && part.length() > limit) {
                add(body, "makes a chat part of " + part.length() + " characters, over replies.chat_part_limit "
                        + limit + " (" + where + ")");
            }
        }
        if (audience == Audience.PAYER && v.confidential() && channel != Channel.NOTE) {
            String text = reply.subject() == null ? reply.text() : reply.subject() + "\n" + reply.text();
            for (Pattern p : CONFIDENTIAL) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    add(body, "tells a payer a confidential reason ('" + m.group() + "') (" + where + ")");
                }
            }
        }
    }

    /** The note that ends every chat part but the last must say something, on one line that fits. */
    private void checkMore(Lang lang) {
        String name = ReplyRenderer.partialName(lang, "more");
        if (renderer.store().find(name).isEmpty()) {
            return;
        }
        Transaction tx = LintSamples.sampleTx("BYN");
        try {
            String more = renderer.more(lang, renderer.context(new ReplyRenderer.Request(tx, List.of(tx),
                    LintSamples.verdict("undetermined", Party.UNDETERMINED, false), Audience.PAYER, lang, Channel.CHAT, List.of())));
            if (more.isBlank()) {
                add(name, "renders empty: a chat reply split into parts must say that more follows");
            } else if (more.length() > renderer.settings().chatPartLimit() / 4) {
                add(name, "is " + more.length() + " characters long; keep it under a quarter of replies.chat_part_limit");
            }
        } catch (TemplateException e) {
            add(e.template(), e.origin(), e.detail());
        }
    }

    /** Static check: every name a template uses must be one the context has, even in sections samples skip. */
    private void checkNames(String name) {
        if (renderer.store().find(name).isEmpty()) {
            return;
        }
        Lang lang = Lang.valueOf(name.substring(0, 2).toUpperCase(java.util.Locale.ROOT));
        Set<String> known = knownNames(lang);
        Set<String> partials = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(name));
        while (!queue.isEmpty()) {
            String current = queue.remove(0);
            if (!seen.add(current) || renderer.store().find(current).isEmpty()) {
                if (!current.equals(name) && renderer.store().find(current).isEmpty()) {
                    add(current, "is missing (included by " + name + ")");
                }
                continue;
            }
            try {
                String where = current;
                renderer.template(current, lang).visit(new Mustache.Visitor() {
                    @Override public void visitText(String text) {}
                    @Override public void visitVariable(String n) {
                        check(n);
                    }
                    @Override public boolean visitInclude(String n) {
                        partials.add(n);
                        queue.add(ReplyRenderer.partialName(lang, n));
                        return false;
                    }
                    @Override public boolean visitSection(String n) {
                        check(n);
                        return true;
                    }
                    @Override public boolean visitInvertedSection(String n) {
                        check(n);
                        return true;
                    }
                    private void check(String n) {
                        if (!known.contains(n)) {
                            add(where, "uses unknown variable '" + n + "'" + LintSamples.didYouMean(n, known));
                        }
                    }
                });
            } catch (TemplateException e) {
                add(e.template(), e.origin(), e.detail());
            }
        }
    }

    private Set<String> knownNames(Lang lang) {
        Transaction tx = LintSamples.sampleTx("BYN");
        Map<String, Object> ctx = renderer.context(new ReplyRenderer.Request(tx, LintSamples.attempts(tx),
                LintSamples.verdict("undetermined", Party.UNDETERMINED, false), Audience.PAYER, lang, Channel.CHAT, List.of("amount")));
        Set<String> known = new HashSet<>();
        LintSamples.paths("", ctx, known);
        LintSamples.paths("", (Map<?, ?>) ctx.get("tx"), known); // inside {{#tx}} and {{#attempts}}: a transaction's keys
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> missing = (List<Map<String, Object>>) ctx.get("missing");
        missing.forEach(m -> LintSamples.paths("", m, known));
        known.addAll(List.of(".", "this", "-first", "-last", "-index"));
        return known;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 25), Math.min(text.length(), at + 10)).replace('\n', ' ');
    }

    private void add(String template, String message) {
        add(template, renderer.store().origin(template), message);
    }

    /** One problem per template and kind: the first case that shows it is enough to fix it. */
    private void add(String template, String origin, String message) {
        String kind = message.replaceAll(" \\(family .*\\)$", "").replaceAll(" on line \\d+", "")
                .replaceAll(" \\(did you mean .*\\)$", "")
                .replaceAll("'….*…'", "");
        problems.putIfAbsent(template + ": " + kind, new Problem(template, origin, message));
    }

    private static boolean isPartial(String name) {
        return name.matches("(en|ru|uk)/partials/[^/]+\\.mustache");
    }

    /** The words a payer must never read when the reason is confidential (replies/confidential-words.txt). */
    public static List<Pattern> confidentialWords() {
        try (InputStream in = TemplateLint.class.getClassLoader().getResourceAsStream(TemplateStore.ROOT
                + "confidential-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("replies/confidential-words.txt is missing from the build");
            }
            List<Pattern> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                            | Pattern.UNICODE_CHARACTER_CLASS));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
