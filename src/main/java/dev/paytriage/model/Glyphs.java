package dev.paytriage.model;

import java.text.Normalizer;
import java.util.Map;

/** What characters stand for when a card number is written with odd ones: digits, separators. */
final class Glyphs {
    /** HTML named entities for spaces, dashes and separators (and the digits' own, for completeness). */
    private static final Map<String, Integer> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", 0xA0), Map.entry("NonBreakingSpace", 0xA0), Map.entry("ensp", 0x2002),
            Map.entry("emsp", 0x2003), Map.entry("emsp13", 0x2004), Map.entry("emsp14", 0x2005),
            Map.entry("numsp", 0x2007), Map.entry("puncsp", 0x2008), Map.entry("thinsp", 0x2009),
            Map.entry("ThinSpace", 0x2009), Map.entry("hairsp", 0x200A), Map.entry("VeryThinSpace", 0x200A),
            Map.entry("MediumSpace", 0x205F), Map.entry("ZeroWidthSpace", 0x200B), Map.entry("zwsp", 0x200B),
            Map.entry("zwj", 0x200D), Map.entry("zwnj", 0x200C), Map.entry("NoBreak", 0x2060),
            Map.entry("shy", 0xAD), Map.entry("Tab", 0x09), Map.entry("NewLine", 0x0A), Map.entry("ndash", 0x2013),
            Map.entry("mdash", 0x2014), Map.entry("minus", 0x2212), Map.entry("hyphen", 0x2010),
            Map.entry("dash", 0x2010), Map.entry("period", 0x2E), Map.entry("comma", 0x2C), Map.entry("sol", 0x2F),
            Map.entry("lowbar", 0x5F), Map.entry("UnderBar", 0x5F), Map.entry("plus", 0x2B),
            Map.entry("middot", 0xB7), Map.entry("centerdot", 0xB7), Map.entry("CenterDot", 0xB7),
            Map.entry("sp", 0x20), Map.entry("space", 0x20));

    private Glyphs() {}

    /**
     * The digit a Cyrillic or Greek letter looks like (О/Ο 0, І/Ι 1, З 3, Ч 4, Ѕ 5, б 6, В/Β 8), or -1.
     * Latin letters are not folded: in ids they are letters on purpose.
     */
    static int lookalike(int cp) {
        return switch (cp) {
            case 0x041E, 0x043E, 0x039F, 0x03BF -> 0;                 // О о Ο ο
            case 0x0406, 0x0456, 0x0399, 0x04C0, 0x04CF -> 1;         // І і Ι Ӏ ӏ
            case 0x0417, 0x0437, 0x04E0, 0x04E1 -> 3;                 // З з Ӡ ӡ
            case 0x0427, 0x0447 -> 4;                                 // Ч ч
            case 0x0405, 0x0455 -> 5;                                 // Ѕ ѕ
            case 0x0431 -> 6;                                         // б
            case 0x0412, 0x0392 -> 8;                                 // В Β
            default -> -1;
        };
    }

    /** A compatibility form of one digit (superscript ⁴, circled ④, …) as NFKC folds it, or -1. */
    static int compatibilityDigit(int cp) {
        String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return folded.length() == 1 && folded.charAt(0) >= '0' && folded.charAt(0) <= '9' ? folded.charAt(0) - '0' : -1;
    }

    /**
     * The separator class of a punctuation character written between digit groups: '.', ',', '/', '_',
     * '+', '-' (every dash and minus), or 0 when it is no separator. Full-width and small forms count as
     * the character they stand for.
     */
    static int separator(int cp, int type) {
        switch (cp) {
            case '.', 0xFF0E, 0xFE52, 0x2024, 0x3002, 0xFF61, 0xB7, 0x2219, 0x22C5, 0x30FB, 0xFF65:
                return '.';
            case ',', 0xFF0C, 0xFE50, 0x3001, 0x060C:
                return ',';
            case '/', 0xFF0F, 0x2044, 0x2215:
                return '/';
            case '_', 0xFF3F:
                return '_';
            case '+', 0xFF0B:
                return '+';
            case '-', 0x2212, 0xFE63, 0xFF0D:
                return '-';
            default:
                return type == Character.DASH_PUNCTUATION ? '-' : 0;
        }
    }

    /** The character a named HTML entity stands for, or -1 when it is not one of these. */
    static int namedEntity(String name) {
        Integer cp = ENTITIES.get(name);
        return cp == null ? -1 : cp;
    }
}
