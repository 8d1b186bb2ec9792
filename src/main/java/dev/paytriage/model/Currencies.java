package dev.paytriage.model;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 4217 facts the tool needs: minor-unit exponents and withdrawn codes.
 * The JDK's table is the base; the overrides pin codes whose JDK entry is missing or historic.
 */
public final class Currencies {

    /** Withdrawn codes a shop module may still send, with the code that replaced them and the factor. */
    public record Replacement(String withdrawn, String current, long factor, String since) {}

    private static final Map<String, Integer> EXPONENT_OVERRIDES = Map.of(
            "BYN", 2, "BYR", 0, "ISK", 0, "UGX", 0, "CLP", 0);

    private static final Map<String, Replacement> WITHDRAWN = Map.of(
            "BYR", new Replacement("BYR", "BYN", 10_000, "2016-07-01"),
            "RUR", new Replacement("RUR", "RUB", 1_000, "1998-01-01"),
            "LTL", new Replacement("LTL", "EUR", 0, "2015-01-01"),
            "LVL", new Replacement("LVL", "EUR", 0, "2014-01-01"),
            "EEK", new Replacement("EEK", "EUR", 0, "2011-01-01"),
            "VEF", new Replacement("VEF", "VES", 100_000, "2018-08-20"),
            "MRO", new Replacement("MRO", "MRU", 10, "2018-01-01"),
            "STD", new Replacement("STD", "STN", 1_000, "2018-01-01"),
            "ZMK", new Replacement("ZMK", "ZMW", 1_000, "2013-01-01"),
            "GHC", new Replacement("GHC", "GHS", 10_000, "2007-07-01"));

    private static final Set<String> ZERO_DECIMAL_HINT = Set.of("JPY", "KRW", "VND", "BYR");

    private Currencies() {}

    public static int exponent(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        Integer forced = EXPONENT_OVERRIDES.get(c);
        if (forced != null) {
            return forced;
        }
        try {
            int digits = Currency.getInstance(c).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException unknown) {
            return ZERO_DECIMAL_HINT.contains(c) ? 0 : 2;
        }
    }

    /** The replacement of a withdrawn ISO 4217 code, or null when the code is current. */
    public static Replacement withdrawn(String code) {
        return code == null ? null : WITHDRAWN.get(code.toUpperCase(Locale.ROOT));
    }

    public static boolean isKnown(String code) {
        if (code == null) {
            return false;
        }
        String c = code.toUpperCase(Locale.ROOT);
        if (EXPONENT_OVERRIDES.containsKey(c) || WITHDRAWN.containsKey(c)) {
            return true;
        }
        try {
            Currency.getInstance(c);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
