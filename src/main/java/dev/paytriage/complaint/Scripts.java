package dev.paytriage.complaint;

import java.lang.Character.UnicodeScript;
import java.util.Map;

/**
 * Puts look-alike letters back into the script of the word they sit in: "oплатa" typed with a Latin
 * "o" and "a" becomes "оплата", "Visа" with a Cyrillic "а" becomes "Visa". Keyword rules that miss a
 * word because of one wrong letter are the classic failure of help-desk automation. A word is a run of
 * letters and digits; its script is the one of its unambiguous letters, else the text's main script.
 * Only words that mix both scripts change; one letter is replaced by one, so indices stay.
 */
final class Scripts {
    private static final String LATIN = "aAcCeEoOpPxXyKkMHBTiI";
    private static final String CYRILLIC = "аАсСеЕоОрРхХуКкМНВТіІ";
    private static final Map<Character, Character> TO_CYRILLIC = pairs(LATIN, CYRILLIC);
    private static final Map<Character, Character> TO_LATIN = pairs(CYRILLIC, LATIN);

    private Scripts() {}

    static String fix(String s) {
        boolean cyrillicText = dominantCyrillic(s);
        char[] c = s.toCharArray();
        int i = 0;
        while (i < c.length) {
            if (!Character.isLetterOrDigit(c[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < c.length && (Character.isLetterOrDigit(c[i]) || c[i] == '_')) {
                i++;
            }
            fixWord(c, start, i, cyrillicText);
        }
        return new String(c);
    }

    private static void fixWord(char[] c, int from, int to, boolean cyrillicText) {
        int cyr = 0;
        int lat = 0;
        int cyrAny = 0;
        int latAny = 0;
        int digits = 0;
        int zeroLike = 0;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (Character.isDigit(ch)) {
                digits++;
            } else if (ch == 'o' || ch == 'O' || ch == 'о' || ch == 'О') {
                zeroLike++;
            }
            if (isCyrillic(ch)) {
                cyrAny++;
                if (!TO_LATIN.containsKey(ch)) {
                    cyr++;
                }
            } else if (isLatin(ch)) {
                latAny++;
                if (!TO_CYRILLIC.containsKey(ch)) {
                    lat++;
                }
            }
        }
        if (digits >= 1 && zeroLike > 0 && zeroLike == cyrAny + latAny && to - from >= 2) {
            // "45,9O", "77O1": a number typed with the letter O for a zero.
            for (int i = from; i < to; i++) {
                if (!Character.isDigit(c[i])) {
                    c[i] = '0';
                }
            }
            return;
        }
        if (cyrAny == 0 || latAny == 0) {
            return;
        }
        boolean toCyrillic = cyr != lat ? cyr > lat : cyrillicText;
        Map<Character, Character> map = toCyrillic ? TO_CYRILLIC : TO_LATIN;
        for (int i = from; i < to; i++) {
            Character r = map.get(c[i]);
            if (r != null) {
                c[i] = r;
            }
        }
    }

    private static boolean dominantCyrillic(String s) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (isCyrillic(ch)) {
                cyr++;
            } else if (isLatin(ch)) {
                lat++;
            }
        }
        return cyr >= lat;
    }

    static boolean isCyrillic(char ch) {
        return Character.isLetter(ch) && UnicodeScript.of(ch) == UnicodeScript.CYRILLIC;
    }

    static boolean isLatin(char ch) {
        return Character.isLetter(ch) && UnicodeScript.of(ch) == UnicodeScript.LATIN;
    }

    private static Map<Character, Character> pairs(String from, String to) {
        java.util.HashMap<Character, Character> m = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            m.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(m);
    }
}
