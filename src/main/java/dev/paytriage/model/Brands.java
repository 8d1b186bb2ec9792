package dev.paytriage.model;

import java.util.Locale;
import java.util.Map;

/** Display names of card brands as gateways spell them ("master", "mastercard", "visa", "belkart"). */
public final class Brands {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("visa", "Visa"), Map.entry("master", "Mastercard"), Map.entry("mastercard", "Mastercard"),
            Map.entry("maestro", "Maestro"), Map.entry("belkart", "Belkart"), Map.entry("mir", "Mir"),
            Map.entry("amex", "American Express"), Map.entry("american_express", "American Express"),
            Map.entry("unionpay", "UnionPay"), Map.entry("jcb", "JCB"), Map.entry("discover", "Discover"),
            Map.entry("diners", "Diners Club"), Map.entry("prostir", "Prostir"));

    private Brands() {}

    public static String display(String brand) {
        if (brand == null || brand.isBlank()) {
            return "Card";
        }
        return NAMES.getOrDefault(brand.toLowerCase(Locale.ROOT), brand);
    }
}
