package dev.paytriage.reply;

import com.samskivert.mustache.Mustache;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Card;
import dev.paytriage.model.Code;
import dev.paytriage.model.Confidence;
import dev.paytriage.model.Decline;
import dev.paytriage.model.Money;
import dev.paytriage.model.Party;
import dev.paytriage.model.Transaction;
import dev.paytriage.model.TxStatus;
import dev.paytriage.model.TxType;
import dev.paytriage.triage.Row;
import dev.paytriage.triage.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
    private static final Instant SAMPLE_TIME = Instant.parse("2026-11-20T21:14:03Z");

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
        for (String family : families) {
            for (Verdict v : samples(family)) {
                for (Lang lang : Lang.values()) {
                    for (Audience audience : Audience.values()) {
                        for (Channel channel : Channel.values()) {
                            for (Transaction tx : transactions(family)) {
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
        ReplyRenderer.Request req = new ReplyRenderer.Request(tx, tx == null ? List.of() : attempts(tx), v, audience,
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
            problems.putIfAbsent(e.template() + ": " + e.detail(), new Problem(e.template(), e.origin(),
                    e.detail() + " (" + where + ")"));
            return;
        }
        if (channel == Channel.EMAIL && (reply.subject() == null || reply.subject().isBlank())) {
            add(ReplyRenderer.subjectName(lang, family, audience), "renders an empty subject (" + where + ")");
        }
        if (reply.text().contains("{{") || reply.text().contains("}}")) {
            add(body, "leaves template syntax in the reply (" + where + ")");
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
                            add(where, "uses unknown variable '" + n + "'" + didYouMean(n, known));
                        }
                    }
                });
            } catch (TemplateException e) {
                problems.putIfAbsent(e.template() + ": " + e.detail(), new Problem(e.template(), e.origin(), e.detail()));
            }
        }
    }

    private Set<String> knownNames(Lang lang) {
        Transaction tx = sampleTx("BYN");
        Map<String, Object> ctx = renderer.context(new ReplyRenderer.Request(tx, attempts(tx),
                verdict("undetermined", Party.UNDETERMINED, false), Audience.PAYER, lang, Channel.CHAT, List.of("amount")));
        Set<String> known = new HashSet<>();
        paths("", ctx, known);
        paths("", (Map<?, ?>) ctx.get("tx"), known); // inside {{#tx}} and {{#attempts}}: a transaction's keys
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> missing = (List<Map<String, Object>>) ctx.get("missing");
        missing.forEach(m -> paths("", m, known));
        known.addAll(List.of(".", "this", "-first", "-last", "-index"));
        return known;
    }

    private static String didYouMean(String name, Set<String> known) {
        List<String> close = known.stream().filter(k -> !k.startsWith("-"))
                .filter(k -> distance(name, k) <= Math.max(2, name.length() / 4))
                .sorted(java.util.Comparator.comparingInt((String k) -> distance(name, k)).thenComparing(k -> k))
                .limit(3).toList();
        return close.isEmpty() ? " (see the variables in the bundled templates: 'paytriage templates show en/layout/note')"
                : " (did you mean " + String.join(", ", close) + "?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Every name and dotted path a map offers: "tx", "tx.card", "tx.type_is.payout", … */
    private static void paths(String prefix, Map<?, ?> map, Set<String> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = prefix + e.getKey();
            out.add(name);
            if (e.getValue() instanceof Map<?, ?> inner) {
                paths(name + ".", inner, out);
            }
        }
    }

    /** One verdict per party a family is used with (from the triage rows), each also as a confidential one. */
    private List<Verdict> samples(String family) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (family.equals(r.family())) {
                out.putIfAbsent(r.party().wire() + "/" + r.confidential(), verdict(family, r.party(), r.confidential()));
            }
        }
        if (out.isEmpty()) {
            out.put("undetermined/false", verdict(family, Party.UNDETERMINED, false));
        }
        for (Verdict v : List.copyOf(out.values())) {
            out.putIfAbsent(v.party().wire() + "/true", verdict(family, v.party(), true));
        }
        return List.copyOf(out.values());
    }

    private static Verdict verdict(String family, Party party, boolean confidential) {
        return new Verdict(party, null, "sample_reason", Confidence.HIGH, "Sample summary of the reason.",
                List.of("sample evidence line"), List.of("Sample next step for the agent."), family, "later",
                confidential, "templates lint sample");
    }

    private static List<Transaction> transactions(String family) {
        List<Transaction> txs = new ArrayList<>();
        txs.add(sampleTx("module_currency".equals(family) ? "BYR" : "BYN"));
        txs.add(new Transaction("lint-sparse-0002", "sandbox", "sample", TxType.PAYOUT, TxStatus.FAILED, null, null,
                null, null, null, null, null, null, null, null, null, false, null));
        if ("undetermined".equals(family)) {
            txs.add(null);
        }
        return txs;
    }

    private static Transaction sampleTx(String currency) {
        return new Transaction("lint-4f9a1c2b7e", "sandbox", "sample", TxType.PAYMENT, TxStatus.FAILED,
                new Money("BYR".equals(currency) ? 459000 : 123450, currency), SAMPLE_TIME, null, "Sample Shop",
                "ORD-1001", null, "Sample order", new Card("visa", "420000", "4821", "BY", "Sample Bank"),
                new Decline("issuer", "51", "Sample gateway message", List.of(new Code("iso8583", "51"))),
                null, null, false, null);
    }

    private static List<Transaction> attempts(Transaction tx) {
        List<Transaction> all = new ArrayList<>();
        all.add(tx);
        for (int i = 1; i <= 2; i++) {
            all.add(new Transaction(tx.id() + "-" + i, tx.gateway(), tx.gatewayType(), tx.type(), TxStatus.FAILED,
                    tx.amount(), tx.createdAt() == null ? null : tx.createdAt().minusSeconds(600L * i), null, tx.shop(),
                    tx.orderId(), null, null, tx.card(), tx.decline(), null, null, false, null));
        }
        return all;
    }

    private void add(String template, String message) {
        problems.putIfAbsent(template + ": " + message, new Problem(template, renderer.store().origin(template), message));
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
