package dev.paytriage.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of card numbers written every way a customer, an e-mail client or a gateway writes them:
 * real schemes' prefixes and lengths (Luhn-valid) and 4-4-4-4 numbers that fail Luhn (a typo); grouped
 * as cards are printed or unbroken; every separator kind (spaces of every width, dots, commas, slashes,
 * underscores, dashes, " - ", line breaks, zero-width and soft hyphen, HTML entities, percent-encoding)
 * and mixtures; digits of every script (full-width, Arabic-Indic, Devanagari, mathematical, …) and
 * mixtures; Cyrillic/Greek letters standing for digits. And a leak check independent of the scanner.
 */
public final class PanForms {
    /** One card number and how it is written. */
    public record Written(String digits, String text, String how) {
        @Override
        public String toString() {
            return how + " " + text.replace("\n", "\\n").replace("\r", "\\r");
        }
    }

    /** How many written forms the generators have produced in this JVM (tests print it). */
    public static final AtomicLong PRODUCED = new AtomicLong();

    private static final String[] PREFIXES = {"4", "51", "52", "53", "54", "55", "2221", "2720", "34", "37", "6011",
        "65", "9112", "2200", "2204", "62", "35", "36", "5018", "6304"};
    static final List<String> SEPARATORS = List.of(" ", "  ", "\t", ".", "_", "/", ",", "-", " - ", "\u2013", "\u2014",
            "\u2212", "\u00a0", "\u2009", "\u2007", "\u202f", "\u3000", "\u2002", "\u200b", "\u200d", "\u00ad", "\n",
            "\r\n", "&nbsp;", "&#160;", "&#x20;", "&thinsp;", "%20", "%C2%A0", "%2E", ". ", " / ", "\uff0e",
            "\uff0d", "+");
    /** The zero of each decimal digit script used (ASCII first). */
    private static final int[] ZEROS = {'0', 0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0x1D7CE, 0x1D7EC};
    private static final Map<Character, String> LOOKALIKES = Map.of('0', "ОоΟο", '3', "Зз", '1', "Іі", '6', "б",
            '8', "В", '4', "Ч");

    private PanForms() {}

    /** A Luhn-valid card number of a real scheme's prefix and a length it issues (13–19). */
    public static Arbitrary<String> luhnValid() {
        return Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.integers().between(13, 19),
                Arbitraries.strings().numeric().ofLength(19)).as((prefix, len, fill) -> {
                    String body = (prefix + fill).substring(0, len - 1);
                    return body + checkDigit(body);
                });
    }

    /** Sixteen digits that fail Luhn, with a card's first digit: a customer's typo is still a card. */
    public static Arbitrary<String> luhnInvalid16() {
        return Combinators.combine(Arbitraries.of('2', '3', '4', '5', '6', '9'), Arbitraries.strings().numeric().ofLength(15))
                .as((first, rest) -> {
                    String d = first + rest;
                    return SafeText.luhn(d) ? d.substring(0, 15) + (char) ('0' + (d.charAt(15) - '0' + 1) % 10) : d;
                });
    }

    /** Any card number written in any of the forms, alone. */
    public static Arbitrary<Written> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, luhnValid().flatMap(PanForms::writtenValid)),
                net.jqwik.api.Tuple.of(2, luhnInvalid16().flatMap(PanForms::writtenFourByFour)));
    }

    /** Any form inside a sentence of a complaint or a gateway message. */
    public static Arbitrary<Written> inText() {
        Arbitrary<String> before = Arbitraries.of("", "card ", "Карта: ", "оплата картой ", "номер карти ", "(", "PAN=",
                "my card is\n", "\"", "карта&nbsp;");
        Arbitrary<String> after = Arbitraries.of("", " please", ", срок 12/27", ")", ".", "\nthanks", " — не прошла", "\"");
        return Combinators.combine(before, any(), after).as((b, w, a) -> new Written(w.digits(), b + w.text() + a, w.how()));
    }

    private static Arbitrary<Written> writtenValid(String digits) {
        List<List<Integer>> layouts = new ArrayList<>();
        layouts.add(List.of(digits.length()));
        int len = digits.length();
        if (len == 16) {
            layouts.add(List.of(4, 4, 4, 4));
            layouts.add(List.of(4, 4, 8));
        } else if (len == 15) {
            layouts.add(List.of(4, 6, 5));
            layouts.add(List.of(4, 4, 4, 3));
        } else if (len == 14) {
            layouts.add(List.of(4, 6, 4));
        } else if (len == 19) {
            layouts.add(List.of(4, 4, 4, 4, 3));
        } else if (len == 13) {
            layouts.add(List.of(4, 4, 5));
        } else {
            layouts.add(List.of(4, 4, 4, len - 12));
        }
        return Arbitraries.of(layouts).flatMap(layout -> written(digits, layout, false));
    }

    private static Arbitrary<Written> writtenFourByFour(String digits) {
        return written(digits, List.of(4, 4, 4, 4), true);
    }

    /** The digits in groups, with separators (one kind, or mixed) and digit scripts (one, or mixed). */
    private static Arbitrary<Written> written(String digits, List<Integer> layout, boolean sameSeparator) {
        int gaps = layout.size() - 1;
        List<String> sameKind = SEPARATORS.stream().filter(s -> !s.contains(",")).toList();
        Arbitrary<List<String>> seps = sameSeparator
                ? Arbitraries.of(sameKind).map(s -> java.util.Collections.nCopies(gaps, s))
                : Arbitraries.oneOf(Arbitraries.of(SEPARATORS).map(s -> java.util.Collections.nCopies(gaps, s)),
                        Arbitraries.of(SEPARATORS).list().ofSize(gaps));
        Arbitrary<int[]> scripts = Arbitraries.oneOf(
                Arbitraries.of(0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9).map(z -> new int[] {ZEROS[z]}),
                Arbitraries.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).list().ofSize(digits.length())
                        .map(l -> l.stream().mapToInt(z -> ZEROS[z]).toArray()));
        Arbitrary<Boolean> lookalikes = Arbitraries.of(false, false, true);
        return Combinators.combine(seps, scripts, lookalikes).as((sep, script, look) -> {
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (int g = 0; g < layout.size(); g++) {
                String group = digits.substring(at, at + layout.get(g));
                out.append(group(group, at, script, look));
                at += layout.get(g);
                if (g < gaps) {
                    out.append(sep.get(g));
                }
            }
            PRODUCED.incrementAndGet();
            String how = layout + (sep.isEmpty() ? "" : " sep " + sep.stream().map(PanForms::name).distinct().toList())
                    + (script.length == 1 ? " script " + Integer.toHexString(script[0]) : " mixed scripts")
                    + (look ? " look-alikes" : "");
            return new Written(digits, out.toString(), how);
        });
    }

    /** A group's digits in the script(s); look-alike letters for some digits when at least one real digit stays. */
    private static String group(String group, int offset, int[] script, boolean look) {
        StringBuilder out = new StringBuilder();
        boolean keptDigit = false;
        for (int i = 0; i < group.length(); i++) {
            char d = group.charAt(i);
            String letters = LOOKALIKES.get(d);
            boolean last = i == group.length() - 1;
            if (look && letters != null && (keptDigit || !last) && i % 2 == 1) {
                out.append(letters.charAt((offset + i) % letters.length()));
                continue;
            }
            keptDigit = true;
            int zero = script[script.length == 1 ? 0 : offset + i];
            out.appendCodePoint(zero + (d - '0'));
        }
        return out.toString();
    }

    private static String name(String sep) {
        return sep.chars().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("U+%04X", c) : String.valueOf((char) c))
                .reduce("", String::concat);
    }

    private static int checkDigit(String body) {
        for (int d = 0; d <= 9; d++) {
            if (SafeText.luhn(body + d)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }

    // ---- leak check, independent of the scanner ----

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,16});");
    private static final Pattern PERCENT_RUN = Pattern.compile("(?:%[0-9a-fA-F]{2})+");

    /** Whether the output still shows the card number, in any script, form or encoding. */
    public static boolean leaks(String output, String digits) {
        return digitsOf(output).contains(digits);
    }

    /**
     * The digit runs the text shows, each as ASCII digits, separated by '|': entities and percent-encoding
     * decoded, scripts and look-alikes folded, spaces and separators skipped; anything else (a letter,
     * a star of a masked number, a bullet) ends a run.
     */
    public static String digitsOf(String text) {
        String s = decodeEntities(text);
        Matcher m = PERCENT_RUN.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String decoded;
            try {
                decoded = URLDecoder.decode(m.group(), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(decoded));
        }
        m.appendTail(sb);
        s = Normalizer.normalize(sb.toString(), Normalizer.Form.NFKC);
        StringBuilder digits = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int d = Character.digit(cp, 10);
            int type = Character.getType(cp);
            if (d >= 0) {
                digits.append((char) ('0' + d));
            } else if (lookalike(cp) != null) {
                digits.append(lookalike(cp));
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || ".,_/-+\u00b7".indexOf(cp) >= 0
                    || type == Character.DASH_PUNCTUATION || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                    || cp == 0xAD) {
                return;
            } else {
                digits.append('|');
            }
        });
        return digits.toString();
    }

    private static Character lookalike(int cp) {
        for (Map.Entry<Character, String> e : LOOKALIKES.entrySet()) {
            if (cp < 0x10000 && e.getValue().indexOf(cp) >= 0) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = new String(Character.toChars(Math.min(Integer.parseInt(e.substring(2), 16), 0x10FFFF)));
            } else if (e.startsWith("#")) {
                r = new String(Character.toChars(Math.min(Integer.parseInt(e.substring(1)), 0x10FFFF)));
            } else {
                r = " ";
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
