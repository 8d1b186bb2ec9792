package dev.paytriage.reply;

import dev.paytriage.model.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Amounts and dates as a reader of each language expects them: 12.50 BYN, 12,50 BYN, 20 ноября 2026, 21:14. */
public final class LocaleFormat {
    private LocaleFormat() {}

    public static String amount(Money m, Lang lang) {
        if (m == null) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(lang.locale);
        if (lang != Lang.EN) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('\u00a0');
        } else {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        }
        int exp = m.exponent();
        DecimalFormat f = new DecimalFormat(exp == 0 ? "#,##0" : "#,##0." + "0".repeat(exp), symbols);
        BigDecimal major = m.major();
        return f.format(major) + "\u00a0" + m.currency();
    }

    public static String dateTime(Instant t, Lang lang, ZoneId zone) {
        if (t == null) {
            return null;
        }
        String pattern = lang == Lang.EN ? "d MMM yyyy, HH:mm" : "d MMMM yyyy, HH:mm";
        return DateTimeFormatter.ofPattern(pattern, lang.locale).withZone(zone).format(t);
    }

    /** Russian and Ukrainian plural forms: 1 платёж, 2 платежа, 5 платежей; English one/other. */
    public static String plural(long n, Lang lang, String one, String few, String many) {
        if (lang == Lang.EN) {
            return n == 1 ? one : many;
        }
        long mod10 = n % 10;
        long mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return one;
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return few;
        }
        return many;
    }
}
