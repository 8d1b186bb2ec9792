package dev.paytriage.complaint;

import dev.paytriage.complaint.Words.Phrases;
import dev.paytriage.complaint.Words.Token;
import dev.paytriage.model.Audience;
import dev.paytriage.model.Topic;
import dev.paytriage.reply.Lang;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a complaint: masks and normalises it ({@link ComplaintText}), takes out the facts, detects its
 * language and infers its topic and who wrote it. Dates are read against the injected clock in the
 * team's time zone; transaction ids in the formats of the configured gateway types.
 */
public final class ComplaintReader {
    private final Lexicon lx = Lexicon.bundled();
    private final TopicRules topics = TopicRules.bundled();
    private final Statements statements = Statements.bundled();
    private final IdFormats ids;
    private final Clock clock;
    private final ZoneId zone;
    private final List<String> knownShops;

    public ComplaintReader(IdFormats ids, Clock clock, ZoneId zone) {
        this(ids, clock, zone, List.of());
    }

    /**
     * @param knownShops the shops the configured gateways serve (config shop_name, the sandbox's shops):
     *     named anywhere in the text ("this is Bulba Games"), they count as the shop even without a cue.
     */
    public ComplaintReader(IdFormats ids, Clock clock, ZoneId zone, List<String> knownShops) {
        this.ids = ids;
        this.clock = clock;
        this.zone = zone;
        this.knownShops = knownShops.stream().filter(n -> n != null && n.strip().length() >= 3)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The longest known shop named in the text as whole words, ignoring case; null when none is. */
    private String knownShop(String text) {
        for (String shop : knownShops) {
            var m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(shop.strip())
                    + "(?![\\p{L}\\p{N}])", java.util.regex.Pattern.CASE_INSENSITIVE
                    | java.util.regex.Pattern.UNICODE_CASE).matcher(text);
            if (m.find()) {
                return shop.strip();
            }
        }
        return null;
    }

    public Complaint read(String raw) {
        ComplaintText t = ComplaintText.read(raw);
        Extraction x = new Extraction(t, lx);
        x.opaqueThings(ids);
        List<ComplaintFacts.Amount> amounts = new ArrayList<>(Amounts.withCurrency(x));
        x.cardEnding();
        x.orderIds();
        ComplaintFacts.When when = new Dates(x, clock.instant(), zone).read();
        amounts.addAll(Amounts.bare(x));
        x.shop();
        Set<String> systems = new LinkedHashSet<>(x.systems);
        String binBrand = lx.brandOfBin(x.bin);
        if (systems.isEmpty() && binBrand != null) {
            systems.add(binBrand);
        }
        ComplaintFacts facts = new ComplaintFacts(x.refs, List.copyOf(x.orderIds), regional(amounts, systems), when,
                x.last4 == null ? null : new ComplaintFacts.Card(x.bin != null && x.bin.length() == 6 ? x.bin : null, x.last4),
                x.email, List.copyOf(systems), x.type(), x.shop != null ? x.shop : knownShop(t.text()), null);
        Complaint.Inferred<Audience> author = audience(x);
        Statements.Reading said = statements.read(x.freeTokens(), author.value());
        Complaint.Inferred<Topic> topic = said.topic() != null ? new Complaint.Inferred<>(said.topic(), said.topicWords())
                : topics.infer(x.freeTokens());
        // a refund asked for with nothing made or promised is the remedy, not a missing refund
        if (said.topic() == null && said.remedy() != null && (topic.value() == null || topic.value() == Topic.REFUND_MISSING)) {
            topic = new Complaint.Inferred<>(Topic.OTHER, said.remedyWords());
        }
        return new Complaint(t, language(x), topic, author, facts, said.facts(),
                new Complaint.Inferred<>(said.remedy(), said.remedyWords()));
    }

    /** "руб" is RUB or BYN: a payment system of one region (Белкарт, ЕРИП → BYN) puts its currency first. */
    private List<ComplaintFacts.Amount> regional(List<ComplaintFacts.Amount> amounts, Set<String> systems) {
        Set<String> hinted = new LinkedHashSet<>();
        for (String s : systems) {
            String c = lx.paymentSystemCurrency.get(s);
            if (c != null) {
                hinted.add(c);
            }
        }
        List<ComplaintFacts.Amount> out = new ArrayList<>();
        for (ComplaintFacts.Amount a : amounts) {
            List<String> codes = new ArrayList<>(a.currencies());
            for (String h : hinted) {
                if (codes.size() > 1 && codes.remove(h)) {
                    codes.add(0, h);
                }
            }
            out.add(new ComplaintFacts.Amount(a.value(), codes, a.text()));
        }
        return out;
    }

    /**
     * en when Latin letters outnumber Cyrillic ones (ids, e-mails, card and shop names aside); between
     * uk and ru, each language's own letters (і ї є ґ / ы э ъ ё) and own words decide; ru on a tie.
     */
    private Lang language(Extraction x) {
        int cyr = 0;
        int lat = 0;
        int uk = 0;
        int ru = 0;
        String ukLetters = lx.languages.get("uk").letters();
        String ruLetters = lx.languages.get("ru").letters();
        List<Token> words = new ArrayList<>();
        for (Token tok : x.tokens) {
            if (tok.isNumber() || x.opaque(tok)) {
                continue;
            }
            words.add(tok);
            for (int i = tok.start(); i < tok.end(); i++) {
                char c = Character.toLowerCase(x.fixed.charAt(i));
                if (Scripts.isCyrillic(c)) {
                    cyr++;
                    uk += ukLetters.indexOf(c) >= 0 ? 1 : 0;
                    ru += ruLetters.indexOf(c) >= 0 ? 1 : 0;
                } else if (Scripts.isLatin(c)) {
                    lat++;
                }
            }
        }
        if (cyr == 0 && lat == 0) {
            return null;
        }
        if (lat > cyr) {
            return Lang.EN;
        }
        // Ukrainian typed with Russian letters ("мий пэрэказ затрымуеться"): its words, spelled either way
        int ukWords = 0;
        int ruWords = 0;
        for (Token w : words) {
            String f = UkrainianStemmer.fold(w.text());
            ukWords += lx.languages.get("uk").folded().contains(f) ? 1 : 0;
            ruWords += lx.languages.get("ru").folded().contains(f) ? 1 : 0;
        }
        if (ukWords >= 3 && ukWords > ruWords + 1) {
            return Lang.UK;
        }
        uk += 2 * lx.languages.get("uk").words().all(words, null).size();
        ru += 2 * lx.languages.get("ru").words().all(words, null).size();
        return uk > ru ? Lang.UK : Lang.RU;
    }

    private Complaint.Inferred<Audience> audience(Extraction x) {
        Map<String, List<String>> found = new java.util.LinkedHashMap<>();
        List<Token> free = x.freeTokens();
        for (Phrases.Match<String> m : lx.audience.all(free, null)) {
            found.computeIfAbsent(m.tag(), k -> new ArrayList<>()).add(m.words(free));
        }
        int merchant = found.getOrDefault("merchant", List.of()).size();
        int payer = found.getOrDefault("payer", List.of()).size();
        if (merchant == 0 && payer == 0) {
            return Complaint.Inferred.nothing();
        }
        return merchant > payer ? new Complaint.Inferred<>(Audience.MERCHANT, found.get("merchant"))
                : new Complaint.Inferred<>(Audience.PAYER, found.get("payer"));
    }

    /** Reads facts given one at a time (options, prompt answers) the same way as the text. */
    public Fields fields() {
        return new Fields(this);
    }

    /** A transaction id as given: tagged with the gateway types whose format it has (any, when none). */
    ComplaintFacts.Ref ref(String value) {
        Set<String> types = new java.util.TreeSet<>();
        ids.patterns().forEach((p, t) -> {
            if (p.matcher(value).matches()) {
                types.addAll(t);
            }
        });
        return new ComplaintFacts.Ref(value, types);
    }

    /** An amount written on its own: "45,90 BYN", "€12.50", "45.90"; null when it is none. */
    ComplaintFacts.Amount amount(String value) {
        Extraction x = new Extraction(ComplaintText.read(value), lx);
        List<ComplaintFacts.Amount> with = Amounts.withCurrency(x);
        if (!with.isEmpty()) {
            return with.get(0);
        }
        java.util.regex.Matcher m = Amounts.NUMBER.matcher(x.lower.strip());
        return m.matches() ? new ComplaintFacts.Amount(Amounts.parse(m.group()), List.of(), m.group()) : null;
    }

    /** A date written on its own: "2026-11-20", "20.11 23:10", "вчера вечером"; null when it is none. */
    ComplaintFacts.When when(String value) {
        return new Dates(new Extraction(ComplaintText.read(value), lx), clock.instant(), zone).read();
    }

    /** The key of a payment system named on its own ("Белкарт", "master card"), or null. */
    String paymentSystem(String value) {
        Extraction x = new Extraction(ComplaintText.read(value), lx);
        var m = x.tokens.isEmpty() ? null : lx.paymentSystems.at(x.tokens, 0, null);
        if (m == null) {
            String key = value.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
            return lx.paymentSystemKeys().contains(key) ? key : null;
        }
        return m.tag();
    }

    /** Words offered when the agent is asked for a fact: currency codes, payment systems, date words. */
    public List<String> completions(String kind) {
        return switch (kind) {
            case "currencies" -> List.of("BYN", "RUB", "UAH", "USD", "EUR", "PLN", "KZT", "GBP");
            case "payment_systems" -> lx.paymentSystemKeys();
            case "types" -> List.of("charge", "payout");
            case "dates" -> List.of("today", "yesterday", "сегодня", "вчера", "позавчера", "сьогодні", "учора",
                    java.time.LocalDate.ofInstant(clock.instant(), zone).toString(),
                    java.time.LocalDate.ofInstant(clock.instant(), zone).minusDays(1).toString());
            default -> List.of();
        };
    }
}
