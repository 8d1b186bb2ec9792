package dev.paytriage.complaint;

import dev.paytriage.complaint.Words.Phrases;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as people write them: "45,90 руб", "1 250,00 BYN", "€12.50", "USD 24", "45 руб. 90 коп.",
 * "1,250.00". Grouping by space, apostrophe, comma or dot; a last separator followed by one or two
 * digits is the decimal one.
 */
final class Amounts {
    static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(?:"
            + "\\d{1,3}(?:[ ']\\d{3})+(?:[.,]\\d{1,2})?"
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?"
            + "|\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?"
            + "|\\d+(?:[.,]\\d{1,2})?"
            + ")(?!\\d|[.,]\\d)");
    private static final Pattern DECIMALS = Pattern.compile("[.,](\\d{1,2})$");
    // "оплатил 2 раза" is a count, not an amount
    private static final Set<String> COUNTED = Set.of("раз", "раза", "рази", "разів", "times", "time", "штук", "штуки",
            "шт", "попытки", "попыток", "спроби", "спроб", "attempts", "дня", "дней", "днів", "дні", "часа", "часов",
            "годин", "години", "hours", "days", "минут", "хвилин", "minutes", "weeks", "week", "недели", "недель",
            "неделю", "тижні", "тижнів", "тиждень", "months", "month", "месяца", "месяцев", "місяці", "місяців");

    private Amounts() {}

    static BigDecimal parse(String s) {
        String n = s.replace(" ", "").replace("'", "");
        Matcher d = DECIMALS.matcher(n);
        String whole = n;
        String frac = "";
        if (d.find()) {
            whole = n.substring(0, d.start());
            frac = d.group(1);
        }
        whole = whole.replace(",", "").replace(".", "");
        return new BigDecimal(frac.isEmpty() ? whole : whole + "." + frac);
    }

    /** Numbers with a currency code, symbol or word next to them. */
    static List<ComplaintFacts.Amount> withCurrency(Extraction x) {
        List<ComplaintFacts.Amount> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(x.lower);
        while (m.find()) {
            if (!x.free(m.start(), m.end())) {
                continue;
            }
            BigDecimal value = parse(m.group());
            int start = m.start();
            int end = m.end();
            List<String> codes = null;
            int p = end < x.lower.length() && x.lower.charAt(end) == ' ' ? end + 1 : end;
            String sym = symbolAt(x, p);
            if (sym != null) {
                codes = List.of(x.lx.currencySymbols.get(sym));
                end = p + sym.length();
            } else {
                int ti = x.tokenAt(p);
                Phrases.Match<List<String>> c = ti < 0 ? null : x.lx.currencies.at(x.tokens, ti, null);
                if (c != null) {
                    codes = c.tag();
                    end = x.tokens.get(c.to() - 1).end();
                    int n = c.to();
                    if (value.scale() == 0 && n + 1 < x.tokens.size() && x.tokens.get(n).isNumber()
                            && x.tokens.get(n).text().length() <= 2 && x.lx.minorUnits.at(x.tokens, n + 1, null) != null) {
                        value = value.add(new BigDecimal(x.tokens.get(n).text()).movePointLeft(2));
                        end = x.tokens.get(n + 1).end();
                    }
                }
            }
            int after = tokenEndingAt(x, m.end());
            // "my dollars 3 weeks ago": a currency word before a count of something else is no amount
            boolean counted = after >= 0 && after + 1 < x.tokens.size() && COUNTED.contains(x.tokens.get(after + 1).text());
            if (codes == null && !counted) {
                int q = start > 0 && x.lower.charAt(start - 1) == ' ' ? start - 1 : start;
                sym = symbolEndingAt(x, q);
                if (sym != null) {
                    codes = List.of(x.lx.currencySymbols.get(sym));
                    start = q - sym.length();
                } else {
                    int j = tokenEndingAt(x, q);
                    Phrases.Match<List<String>> c = j < 0 ? null : x.lx.currencies.endingAt(x.tokens, j);
                    if (c != null) {
                        codes = c.tag();
                        start = x.tokens.get(c.from()).start();
                    }
                }
            }
            if (codes != null && x.free(start, end)) {
                out.add(new ComplaintFacts.Amount(value, codes, x.text.substring(start, end)));
                x.take(start, end, false);
            }
        }
        return out;
    }

    /** Numbers without a currency: with decimals ("списали 45,90") or right after a word for paying. */
    static List<ComplaintFacts.Amount> bare(Extraction x) {
        List<ComplaintFacts.Amount> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(x.lower);
        while (m.find()) {
            if (!x.free(m.start(), m.end())) {
                continue;
            }
            int ti = x.tokenAt(m.start());
            int last = tokenEndingAt(x, m.end());
            if (last + 1 < x.tokens.size() && COUNTED.contains(x.tokens.get(last + 1).text())) {
                continue;
            }
            boolean decimals = DECIMALS.matcher(m.group()).find() && !m.group().contains(" ");
            boolean cue = ti > 0 && (x.lx.amountCues.endingAt(x.tokens, ti - 1) != null
                    || ti > 1 && x.lx.amountCues.endingAt(x.tokens, ti - 2) != null);
            if (decimals || cue) {
                BigDecimal value = parse(m.group());
                if (value.signum() > 0) {
                    out.add(new ComplaintFacts.Amount(value, List.of(), x.text.substring(m.start(), m.end())));
                    x.take(m.start(), m.end(), false);
                }
            }
        }
        return out;
    }

    private static String symbolAt(Extraction x, int p) {
        for (Map.Entry<String, String> e : x.lx.currencySymbols.entrySet()) {
            if (x.lower.startsWith(e.getKey(), p)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String symbolEndingAt(Extraction x, int q) {
        for (Map.Entry<String, String> e : x.lx.currencySymbols.entrySet()) {
            int s = q - e.getKey().length();
            if (s >= 0 && x.lower.startsWith(e.getKey(), s)) {
                return e.getKey();
            }
        }
        return null;
    }

    static int tokenEndingAt(Extraction x, int q) {
        for (int j = 0; j < x.tokens.size(); j++) {
            if (x.tokens.get(j).end() == q) {
                return j;
            }
        }
        return -1;
    }
}
