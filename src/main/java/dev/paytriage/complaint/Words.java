package dev.paytriage.complaint;

import dev.paytriage.EditDistance;
import java.util.ArrayList;
import java.util.List;

/**
 * Words of a normalised text and phrases to find among them. A token is a run of letters (an
 * apostrophe inside a word belongs to it: п'ятниця) or a run of digits; everything else separates.
 * A phrase is words separated by spaces, a trailing "*" making a word a stem.
 */
final class Words {
    private Words() {}

    /** One word or number of the text, with its place in it. */
    record Token(String text, int start, int end) {
        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    static List<Token> tokenize(String lower) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isDigit(c)) {
                int s = i;
                while (i < n && Character.isDigit(lower.charAt(i))) {
                    i++;
                }
                out.add(new Token(lower.substring(s, i), s, i));
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < n && (Character.isLetter(lower.charAt(i))
                        || lower.charAt(i) == '\'' && i + 1 < n && Character.isLetter(lower.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(lower.substring(s, i), s, i));
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A sequence of words, each exact or a stem ("*"); in a stemmed set a word ending in "!" is matched
     * as written only ("оплатил!" is the verb, not also "оплата", the noun of the same stem).
     */
    record Phrase(String source, List<String> words, List<Boolean> stems, List<Boolean> asWritten) {
        static Phrase of(String source) {
            String norm = ComplaintText.lower(ComplaintText.safe(source));
            List<String> words = new ArrayList<>();
            List<Boolean> stems = new ArrayList<>();
            List<Boolean> asWritten = new ArrayList<>();
            for (String raw : norm.split(" +")) {
                boolean stem = raw.endsWith("*");
                boolean exact = raw.endsWith("!");
                List<Token> parts = tokenize(stem || exact ? raw.substring(0, raw.length() - 1) : raw);
                for (int k = 0; k < parts.size(); k++) {
                    words.add(parts.get(k).text());
                    stems.add(stem && k == parts.size() - 1);
                    asWritten.add(exact && k == parts.size() - 1);
                }
            }
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty phrase '" + source + "'");
            }
            return new Phrase(source, List.copyOf(words), List.copyOf(stems), List.copyOf(asWritten));
        }

        int size() {
            return words.size();
        }

        /** How the phrase matches at token i: EXACT, FUZZY (one typo in a long word) or null. */
        Fit fit(List<Token> tokens, int i, Fuzz fuzz) {
            return fit(tokens, i, fuzz, false);
        }

        /**
         * As {@link #fit(List, int, Fuzz)}; {@code stemmed}: a word without "*" also matches the other forms
         * of the same word (same stem, see {@link Stemmer}), words of three letters or more.
         */
        Fit fit(List<Token> tokens, int i, Fuzz fuzz, boolean stemmed) {
            if (i + words.size() > tokens.size()) {
                return null;
            }
            boolean fuzzy = false;
            for (int k = 0; k < words.size(); k++) {
                String t = tokens.get(i + k).text();
                String w = words.get(k);
                boolean ok = stems.get(k) ? t.startsWith(w)
                        : t.equals(w) || stemmed && !asWritten.get(k) && w.length() >= 3 && t.length() >= 3
                                && Stemmer.same(t, w);
                if (!ok) {
                    if (fuzz == null || w.length() < 5 || t.length() < fuzz.minLength() || !fuzz.typo().test(t)
                            || !nearly(t, w, stems.get(k))) {
                        return null;
                    }
                    fuzzy = true;
                }
            }
            return fuzzy ? Fit.FUZZY : Fit.EXACT;
        }
    }

    enum Fit { EXACT, FUZZY }

    /**
     * When a word may match with one typo: words of five letters or more, typed as a token of minLength
     * letters or more that typo accepts (a token that is itself a known word, "пришел", is no typo of
     * "прошел").
     */
    record Fuzz(int minLength, java.util.function.Predicate<String> typo) {}

    /** A word typed with one letter wrong, missing, extra or two swapped. */
    static boolean nearly(String token, String word, boolean stem) {
        if (!stem) {
            return EditDistance.between(token, word) <= 1;
        }
        for (int len = word.length() - 1; len <= word.length() + 1; len++) {
            if (len <= token.length() && len > 0 && EditDistance.between(token.substring(0, len), word) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** A set of phrases, each tagged with what it means. */
    static final class Phrases<T> {
        record Entry<T>(Phrase phrase, T tag) {}

        record Match<T>(T tag, Phrase phrase, int from, int to, boolean fuzzy) {
            /** The matched words as written (lower case), one space apart. */
            String words(List<Token> tokens) {
                return String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
            }
        }

        private final List<Entry<T>> entries = new ArrayList<>();
        private boolean stemmed;

        /** Words without "*" match every form of themselves (see {@link Phrase#fit(List, int, Fuzz, boolean)}). */
        Phrases<T> stemmed() {
            this.stemmed = true;
            return this;
        }

        Phrases<T> add(String phrase, T tag) {
            entries.add(new Entry<>(Phrase.of(phrase), tag));
            return this;
        }

        Phrases<T> addAll(List<String> phrases, T tag) {
            phrases.forEach(p -> add(p, tag));
            return this;
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        /** Whether a token is one of the words of these phrases (a stem's word counts). */
        boolean knows(String token) {
            for (Entry<T> e : entries) {
                for (int k = 0; k < e.phrase().size(); k++) {
                    String w = e.phrase().words().get(k);
                    if (e.phrase().stems().get(k) ? token.startsWith(w) : token.equals(w)
                            || stemmed && !e.phrase().asWritten().get(k) && w.length() >= 3 && token.length() >= 3
                            && Stemmer.same(token, w)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The longest phrase matching at token i, or null; exact only when fuzz is null. */
        Match<T> at(List<Token> tokens, int i, Fuzz fuzz) {
            Match<T> best = null;
            for (Entry<T> e : entries) {
                Fit f = e.phrase().fit(tokens, i, fuzz, stemmed);
                if (f == null) {
                    continue;
                }
                Match<T> m = new Match<>(e.tag(), e.phrase(), i, i + e.phrase().size(), f == Fit.FUZZY);
                if (best == null || m.to() > best.to() || m.to() == best.to() && best.fuzzy() && !m.fuzzy()) {
                    best = m;
                }
            }
            return best;
        }

        /** The longest phrase whose last word is token j, or null. */
        Match<T> endingAt(List<Token> tokens, int j) {
            Match<T> best = null;
            for (Entry<T> e : entries) {
                int from = j - e.phrase().size() + 1;
                if (from >= 0 && e.phrase().fit(tokens, from, null, stemmed) != null && (best == null || from < best.from())) {
                    best = new Match<>(e.tag(), e.phrase(), from, j + 1, false);
                }
            }
            return best;
        }

        /** Every non-overlapping match, left to right, longest first at each place. */
        List<Match<T>> all(List<Token> tokens, Fuzz fuzz) {
            List<Match<T>> out = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                Match<T> m = at(tokens, i, null);
                if (m == null && fuzz != null) {
                    m = at(tokens, i, fuzz);
                }
                if (m == null) {
                    i++;
                } else {
                    out.add(m);
                    i = m.to();
                }
            }
            return out;
        }
    }
}
