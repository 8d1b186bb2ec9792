package dev.paytriage.reply;

import dev.paytriage.model.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Amounts, dates and counted nouns as a reader of each language expects them: 12.50 BYN / 12,50 BYN;
 * 21 Nov 2026 / 21 ноября 2026 г. / 21 листопада 2026 р. (genitive months); 1 платёж, 2 платежа, 5 платежей.
 */
public final class LocaleFormat {
    private static final char NBSP = '\u00a0';

    private LocaleFormat() {}

    public static String amount(Money m, Lang lang) {
        if (m == null) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(lang.locale);
        if (lang != Lang.EN) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(NBSP);
        } else {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        }
        int exp = m.exponent();
        DecimalFormat f = new DecimalFormat(exp == 0 ? "#,##0" : "#,##0." + "0".repeat(exp), symbols);
        BigDecimal major = m.major();
        return f.format(major) + NBSP + m.currency();
    }

    /** Date and time in one short field, for notes and lists: "21 ноября 2026, 18:42". */
    public static String dateTime(Instant t, Lang lang, ZoneId zone) {
        if (t == null) {
            return null;
        }
        String pattern = lang == Lang.EN ? "d MMM yyyy, HH:mm" : "d MMMM yyyy, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, lang.locale).withZone(zone).format(t);
    }

    /** The day for a sentence: "21 Nov 2026", "21 ноября 2026 г.", "21 листопада 2026 р." (MMMM is genitive). */
    public static String day(Instant t, Lang lang, ZoneId zone) {
        if (t == null) {
            return null;
        }
        String pattern = switch (lang) {
            case EN -> "d MMM yyyy";
            case RU -> "d MMMM yyyy 'г.'";
            case UK -> "d MMMM yyyy 'р.'";
        };
        return DateTimeFormatter.ofPattern(pattern, lang.locale).withZone(zone).format(t).replace(' ', NBSP);
    }

    /** The time of day, 24-hour: "18:42". */
    public static String time(Instant t, ZoneId zone) {
        return t == null ? null : DateTimeFormatter.ofPattern("HH:mm").withZone(zone).format(t);
    }

    /** Russian and Ukrainian plural forms: 1 платёж, 2 платежа, 5 платежей; English one/other. */
    public static String plural(long n, Lang lang, String one, String few, String many) {
        if (lang == Lang.EN) {
            return n == 1 ? one : many;
        }
        long abs = Math.abs(n);
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (mod10 == 1 && mod100 != 11) {
            return one;
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return few;
        }
        return many;
    }

    /** The number with its noun: count(5, RU, "платёж", "платежа", "платежей") is "5 платежей". */
    public static String count(long n, Lang lang, String one, String few, String many) {
        return n + " " + plural(n, lang, one, few, many);
    }
}
