package dev.paytriage.complaint;

import dev.paytriage.complaint.Words.Phrases;
import dev.paytriage.complaint.Words.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over one complaint. Facts are taken in an order that settles ambiguities: ids, e-mails and
 * card numbers first, then amounts with a currency ("45,90 руб"), card endings, order ids, dates and
 * times, then bare amounts, then the shop. Each fact marks its characters as used, so "20.11" read as
 * a date is not also an amount, and "заказ 7731" is not also a card ending.
 */
final class Extraction {
    private static final String W = "[\\p{L}\\p{N}_]";
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern MASKED_PAN = Pattern.compile("(?<![\\d*])(\\d{6})\\*{3,9}(\\d{4})(?![\\d*])");
    private static final Pattern USER_MASKED = Pattern.compile("(?<!" + W + "|[*•.])(?:(\\d{4})[ -]?(\\d{2})?[ -]?)?"
            + "(?:[*xх•·…]+|\\.{2,})(?:[ -]?(?:[*xх•·…]+|\\.{2,}))*[ -]?(\\d{4})(?!\\d)");
    private static final Pattern ORDER_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_/-]{0,39}");
    // "No7731" is how some people type №
    private static final Pattern ORDER_SIGN = Pattern.compile("(?:[#№]|(?<!\\p{L})No\\.?)\\s?(\\p{N}[\\p{L}\\p{N}_/-]{0,39}|\\p{L}[\\p{L}\\p{N}_/-]*\\p{N}[\\p{L}\\p{N}_/-]*)");
    private static final Pattern DOMAIN = Pattern.compile(
            "[\\p{L}\\p{N}-]+\\.(?:by|ru|ua|kz|pl|com|net|org|shop|store|eu|de|io|lt|lv|ee)(?![\\p{L}\\p{N}])");
    private static final Set<String> CARD_FILLERS = Set.of("на", "in", "with", "is", "ending", "номер", "number",
            "no", "цифры", "цифри", "digits");

    final Lexicon lx;
    final String text;
    final String fixed;
    final String lower;
    final List<Token> tokens;
    private final boolean[] used;
    private final boolean[] opaque;

    final List<ComplaintFacts.Ref> refs = new ArrayList<>();
    final Set<String> orderIds = new LinkedHashSet<>();
    final Set<String> systems = new LinkedHashSet<>();
    String bin;
    String last4;
    String email;
    String shop;

    Extraction(ComplaintText t, Lexicon lx) {
        this.lx = lx;
        this.text = t.text();
        this.fixed = t.fixed();
        this.lower = t.lower();
        this.tokens = Words.tokenize(lower);
        this.used = new boolean[text.length()];
        this.opaque = new boolean[text.length()];
    }

    boolean free(int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    boolean free(Token tok) {
        return free(tok.start(), tok.end());
    }

    void take(int from, int to, boolean notLanguage) {
        for (int i = from; i < to; i++) {
            used[i] = true;
            opaque[i] |= notLanguage;
        }
    }

    boolean opaque(Token tok) {
        for (int i = tok.start(); i < tok.end(); i++) {
            if (opaque[i]) {
                return true;
            }
        }
        return false;
    }

    /** Tokens no fact has used: what topic, audience and type words are looked for in. */
    List<Token> freeTokens() {
        return tokens.stream().filter(this::free).toList();
    }

    /** The index of the token starting exactly at a character offset, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
            if (tokens.get(i).start() > offset) {
                break;
            }
        }
        return -1;
    }

    void opaqueThings(IdFormats ids) {
        for (Pattern p : List.of(URL, EMAIL)) {
            Matcher m = p.matcher(fixed);
            while (m.find()) {
                if (p == EMAIL && email == null) {
                    email = m.group().toLowerCase(java.util.Locale.ROOT);
                }
                take(m.start(), m.end(), true);
            }
        }
        for (Pattern p : List.of(MASKED_PAN, USER_MASKED)) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                if (!free(m.start(), m.end())) {
                    continue;
                }
                if (last4 == null) {
                    last4 = p == MASKED_PAN ? m.group(2) : m.group(3);
                    String head = p == MASKED_PAN ? m.group(1)
                            : m.group(1) != null && m.group(2) != null ? m.group(1) + m.group(2) : null;
                    bin = head;
                }
                take(m.start(), m.end(), true);
            }
        }
        for (Map.Entry<Pattern, Set<String>> f : ids.patterns().entrySet()) {
            Matcher m = f.getKey().matcher(fixed);
            while (m.find()) {
                if (!free(m.start(), m.end())) {
                    continue;
                }
                String id = m.group().contains("_") ? m.group() : m.group().toLowerCase(java.util.Locale.ROOT);
                if (refs.stream().noneMatch(r -> r.value().equals(id))) {
                    refs.add(new ComplaintFacts.Ref(id, f.getValue()));
                }
                take(m.start(), m.end(), true);
            }
        }
        for (Phrases.Match<String> m : lx.paymentSystems.all(tokens, null)) {
            systems.add(m.tag());
            for (int i = m.from(); i < m.to(); i++) {
                Token tok = tokens.get(i);
                for (int c = tok.start(); c < tok.end(); c++) {
                    opaque[c] = true;
                }
            }
        }
    }

    /** "карта *5678", "ending in 5678", "Visa 3816", "последние 4 цифры 5678". */
    void cardEnding() {
        if (last4 != null) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Phrases.Match<Boolean> cue = lx.cardCues.at(tokens, i, null);
            Phrases.Match<String> sys = cue == null ? lx.paymentSystems.at(tokens, i, null) : null;
            int after = cue != null ? cue.to() : sys != null ? sys.to() : -1;
            if (after < 0) {
                continue;
            }
            for (int k = after; k < Math.min(tokens.size(), after + 3); k++) {
                Token tok = tokens.get(k);
                if (!tok.isNumber()) {
                    if (CARD_FILLERS.contains(tok.text())) {
                        continue;
                    }
                    break;
                }
                if (tok.text().length() == 4 && free(tok) && !decimalOrCurrencyAfter(tok)) {
                    last4 = tok.text();
                    take(tok.start(), tok.end(), true);
                    return;
                }
                break;
            }
        }
    }

    private boolean decimalOrCurrencyAfter(Token tok) {
        int e = tok.end();
        if (e + 1 < lower.length() && (lower.charAt(e) == ',' || lower.charAt(e) == '.')
                && Character.isDigit(lower.charAt(e + 1))) {
            return true;
        }
        int next = tokens.indexOf(tok) + 1;
        return next < tokens.size() && lx.currencies.at(tokens, next, null) != null
                && tokens.get(next).start() - e <= 1;
    }

    /** "заказ 7731", "order #ORD-2208", "номер замовлення: A-10442", "№7731". */
    void orderIds() {
        for (int i = 0; i < tokens.size(); i++) {
            Phrases.Match<Boolean> cue = lx.orderCues.at(tokens, i, null);
            if (cue == null) {
                continue;
            }
            int k = cue.to();
            // "order NR-7712": a between-word joined to what follows by a dash is the id's own prefix
            while (k < tokens.size() && lx.orderWordsBetween.at(tokens, k, null) != null
                    && !tokens.get(k).isNumber() && !prefixOfId(tokens.get(k))) {
                k++;
            }
            int pos = tokens.get(k - 1).end();
            while (pos < fixed.length() && " :№#\"«'-".indexOf(fixed.charAt(pos)) >= 0) {
                pos++;
            }
            takeOrderId(pos);
        }
        Matcher m = ORDER_SIGN.matcher(fixed);
        while (m.find()) {
            takeOrderId(m.start(1));
        }
    }

    private boolean prefixOfId(Token tok) {
        int e = tok.end();
        return e + 1 < fixed.length() && (fixed.charAt(e) == '-' || fixed.charAt(e) == '_')
                && Character.isLetterOrDigit(fixed.charAt(e + 1));
    }

    private void takeOrderId(int pos) {
        if (pos >= fixed.length()) {
            return;
        }
        Matcher m = ORDER_ID.matcher(fixed);
        m.region(pos, fixed.length());
        if (!m.lookingAt()) {
            return;
        }
        String id = m.group().replaceAll("[-/_]+$", "");
        int end = pos + id.length();
        // one or two digits are a count ("заказ 2 раза"), not an order
        boolean plausible = id.chars().anyMatch(Character::isDigit) && id.length() >= 3;
        if (plausible && free(pos, end) && !(end < lower.length() && (lower.charAt(end) == ',' || lower.charAt(end) == '.')
                && end + 1 < lower.length() && Character.isDigit(lower.charAt(end + 1)))) {
            orderIds.add(id);
            take(pos, end, true);
        }
    }

    /** The shop after a word for it: quoted, a domain, or capitalised words ("в магазине Cosmo Books"). */
    void shop() {
        for (int i = 0; i < tokens.size() && shop == null; i++) {
            Phrases.Match<Boolean> cue = lx.shopCues.at(tokens, i, null);
            if (cue == null) {
                continue;
            }
            int pos = tokens.get(cue.to() - 1).end();
            while (pos < fixed.length() && (fixed.charAt(pos) == ' ' || fixed.charAt(pos) == ':')) {
                pos++;
            }
            if (pos >= fixed.length()) {
                return;
            }
            char q = fixed.charAt(pos);
            int close = "«\"“„'".indexOf(q) >= 0 ? fixed.indexOf(q == '«' ? '»' : q == '“' ? '”' : q == '„' ? '“' : q, pos + 1) : -1;
            if (close > pos + 1 && close - pos <= 60) {
                setShop(pos + 1, close, pos, close + 1);
                continue;
            }
            Matcher d = DOMAIN.matcher(fixed);
            d.region(pos, fixed.length());
            if (d.lookingAt()) {
                setShop(pos, d.end(), pos, d.end());
                continue;
            }
            int k = cue.to();
            int end = -1;
            while (k < tokens.size() && k < cue.to() + 3) {
                Token tok = tokens.get(k);
                boolean gapOk = k == cue.to() ? tok.start() == pos
                        : fixed.substring(tokens.get(k - 1).end(), tok.start()).matches("[ &-]");
                if (!gapOk || !Character.isUpperCase(fixed.charAt(tok.start())) || !free(tok)
                        || lx.paymentSystems.at(tokens, k, null) != null || lx.months.at(tokens, k, null) != null
                        || lx.weekdays.at(tokens, k, null) != null) {
                    break;
                }
                end = tok.end();
                k++;
            }
            if (end > 0) {
                setShop(pos, end, pos, end);
            }
        }
    }

    private void setShop(int from, int to, int takeFrom, int takeTo) {
        String name = fixed.substring(from, to).strip();
        if (!name.isEmpty() && free(takeFrom, takeTo)) {
            shop = name;
            take(takeFrom, takeTo, true);
        }
    }

    /** payout when a payout word is there (they are specific), else charge when a charge word is. */
    String type() {
        // "paymnet" is a payment and "оплотить" a paying, but "change" is no "charge": typos only in longer words
        List<Phrases.Match<String>> found = lx.types.all(freeTokens(), new Words.Fuzz(7, t -> !lx.types.knows(t)));
        if (found.stream().anyMatch(m -> m.tag().equals("payout"))) {
            return "payout";
        }
        return found.isEmpty() ? null : "charge";
    }
}
