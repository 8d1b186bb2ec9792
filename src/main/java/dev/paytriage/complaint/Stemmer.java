package dev.paytriage.complaint;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The stems a word of a complaint can have, so a phrase written once matches its other forms ("не
 * надійшла" matches "не надійшли", "refund me" matches "refunded"): Snowball's English (Porter2) and
 * Russian stemmers from Lucene's analysis module, and {@link UkrainianStemmer}. A Cyrillic word gets its
 * Russian and its Ukrainian stem, since a complaint's language is only known once it has been read and
 * people mix the two. Loaded on first use: only complaint intake ever stems, so {@code check} does not
 * pay for it. Snowball stemmers keep state, so each thread has its own.
 */
final class Stemmer {
    private static final int MAX_MEMO = 20_000;
    private static final Map<String, Set<String>> MEMO = new ConcurrentHashMap<>();
    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);

    private Stemmer() {}

    /** Every stem of a lower-case word (its Russian and Ukrainian ones for Cyrillic); numbers are themselves. */
    static Set<String> stems(String word) {
        Set<String> memo = MEMO.get(word);
        if (memo != null) {
            return memo;
        }
        Set<String> out = new LinkedHashSet<>();
        if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
            out.add(word);
        } else if (Scripts.isCyrillic(word.charAt(0))) {
            out.add(UkrainianStemmer.fold(snowball(RUSSIAN.get(), word.replace('і', 'и').replace('ї', 'и')
                    .replace('є', 'е').replace('ґ', 'г'))));
            out.add(UkrainianStemmer.stem(word));
        } else {
            out.add(snowball(ENGLISH.get(), word.replace("'", "")));
        }
        Set<String> result = Set.copyOf(out);
        if (MEMO.size() > MAX_MEMO) {
            MEMO.clear();
        }
        MEMO.put(word, result);
        return result;
    }

    /** Whether two words share a stem. */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> sa = stems(a);
        for (String s : stems(b)) {
            if (sa.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static String snowball(SnowballStemmer s, String word) {
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }
}
