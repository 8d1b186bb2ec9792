package dev.paytriage.model;

/**
 * The card as far as support may know it: brand, BIN (first six to eight digits), last four, issuer.
 * A full card number is never stored: fields are taken by their shape — last four is exactly four
 * digits, a BIN six to eight — so a gateway that puts a whole number in either (a {@code last_4} of
 * sixteen digits, an {@code iin} of the full number) gives only its last four, or its first six.
 * {@link #masked()} is the only form shown.
 */
public record Card(String brand, String bin, String last4, String issuerCountry, String issuerName) {

    public Card {
        brand = oneLine(brand);
        issuerCountry = oneLine(issuerCountry);
        issuerName = oneLine(issuerName);
        bin = bin(bin);
        last4 = last4(last4);
    }

    public String masked() {
        if (last4 == null) {
            return null;
        }
        String head = bin == null ? "" : bin;
        return head + "*".repeat(Math.max(0, 16 - head.length() - 4)) + last4;
    }

    /** How a reply names the card: "Visa •••• 4821". */
    public String shortLabel() {
        String b = Brands.display(brand);
        return last4 == null ? b : b + " •••• " + last4;
    }

    /** A name shown inside a sentence: through the gate, on one line. */
    private static String oneLine(String s) {
        String clean = SafeText.clean(s);
        return clean == null ? null : clean.replaceAll("\\s+", " ").strip();
    }

    /** The leading digits, when six to eight; the first six of a longer number; else none. */
    private static String bin(String raw) {
        String digits = digits(raw, true);
        if (digits.length() < 6) {
            return null;
        }
        return digits.length() <= 8 ? digits : digits.substring(0, 6);
    }

    /** The last four digits written, when there are at least four; else none. */
    private static String last4(String raw) {
        String digits = digits(raw, false);
        return digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    /**
     * The digits of a field as ASCII: the leading run only (a BIN, stopping at stars or letters), or
     * the trailing run (last four, after any stars or spaces).
     */
    private static String digits(String raw, boolean leading) {
        if (raw == null) {
            return "";
        }
        String s = raw.strip();
        StringBuilder out = new StringBuilder();
        if (leading) {
            for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)); i++) {
                out.append(Character.forDigit(Character.digit(s.charAt(i), 10), 10));
            }
            return out.toString();
        }
        for (int i = s.length() - 1; i >= 0 && Character.isDigit(s.charAt(i)); i--) {
            out.append(Character.forDigit(Character.digit(s.charAt(i), 10), 10));
        }
        return out.reverse().toString();
    }
}
