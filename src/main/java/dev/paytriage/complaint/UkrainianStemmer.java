package dev.paytriage.complaint;

import java.util.List;

/**
 * A light Ukrainian stemmer in the shape of Snowball's Russian algorithm (Porter): in the part of the word
 * after its first vowel, strip a gerund ending, or a reflexive ending and then an adjectival, verbal or
 * nominal one; then a final и/і, the derivational -ість, and a soft sign. Neither Lucene nor Snowball
 * ships Ukrainian (Lucene's is dictionary-based, in a separate module of ~10 MB); the ending classes
 * here follow the published Porter-style Ukrainian stemmers (Senyk's rules, Lingua::Stem::Uk) with the
 * endings written out from the grammar. Built for matching, not for display: the letters that a
 * Russian keyboard cannot type are folded first (і ї → и, є → е, ґ → г; ы → и, э → е), so Ukrainian
 * typed with Russian letters ("гроши не надийшли") stems like Ukrainian ("гроші не надійшли").
 */
final class UkrainianStemmer {
    private static final String VOWELS = "аеиоуюя";
    // longest first within each class; the first that ends the region is removed
    private static final List<String> GERUND = List.of("вшись", "вши", "ши", "шись");
    private static final List<String> REFLEXIVE = List.of("ся", "сь");
    private static final List<String> ADJECTIVE = List.of("ими", "ого", "ому", "ої", "ою", "ий", "им", "их", "ей",
            "ею", "ая", "яя", "ее", "ое", "ие", "ую", "юю");
    private static final List<String> VERB = List.of("уватиме", "уватимуть", "ували", "увала", "увало", "увати",
            "уеть", "атиме", "имуть", "ають", "ують", "яють", "ання", "ення", "ати", "яти", "ити", "ети",
            "уть", "ють", "ать", "ять", "ить", "еть", "ала", "ало", "али", "ила", "ило", "или", "ела", "ело", "ели",
            "ула", "уло", "ули", "ола", "оло", "оли", "яла", "яли", "аю", "яю", "ую", "ємо", "емо", "имо", "ете", "ите", "еш", "иш",
            "ла", "ло", "ли", "ав", "ив", "ов", "ув", "ев", "ти", "ть", "ме", "мо", "те", "ує", "ає", "яе", "л");
    private static final List<String> NOUN = List.of("ями", "ами", "иями", "ові", "еві", "ів", "ах", "ях", "ям",
            "ам", "ом", "ем", "ою", "ею", "ей", "ой", "ий", "ию", "ия", "а", "я", "о", "е", "у", "ю", "и", "й", "ь");

    private UkrainianStemmer() {}

    /** The letters of the Ukrainian and Russian alphabets folded to one spelling. */
    static String fold(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            b.append(switch (c) {
                case 'і', 'ї', 'ы' -> 'и';
                case 'є', 'э', 'ё' -> 'е';
                case 'ґ' -> 'г';
                case '\'', 'ъ' -> '\0';
                default -> c;
            });
        }
        return b.toString().replace("\0", "");
    }

    static String stem(String raw) {
        String word = fold(raw);
        int rv = 0;
        while (rv < word.length() && VOWELS.indexOf(word.charAt(rv)) < 0) {
            rv++;
        }
        rv++;
        if (rv >= word.length()) {
            return word;
        }
        String head = word.substring(0, rv);
        String r = word.substring(rv);
        String cut = strip(r, GERUND);
        if (cut == null) {
            String noReflexive = strip(r, REFLEXIVE);
            if (noReflexive != null) {
                r = noReflexive;
            }
            cut = strip(r, ADJECTIVE);
            if (cut == null) {
                cut = strip(r, VERB);
            }
            if (cut == null) {
                cut = strip(r, NOUN);
            }
        }
        if (cut != null) {
            r = cut;
        }
        if (r.endsWith("и")) {
            r = r.substring(0, r.length() - 1);
        }
        if (r.endsWith("ист") && r.length() > 4) {
            r = r.substring(0, r.length() - 3);
        }
        if (r.endsWith("ь")) {
            r = r.substring(0, r.length() - 1);
        } else if (r.endsWith("нн")) {
            r = r.substring(0, r.length() - 1);
        }
        return head + r;
    }

    private static String strip(String r, List<String> endings) {
        String best = null;
        for (String e : endings) {
            if (r.endsWith(e) && (best == null || e.length() > best.length())) {
                best = e;
            }
        }
        return best == null ? null : r.substring(0, r.length() - best.length());
    }
}
