package dev.paytriage.model;

/**
 * The card as far as support may know it: brand, BIN (first six), last four, issuer.
 * A full card number is never stored; {@link #masked()} is the only form shown.
 */
public record Card(String brand, String bin, String last4, String issuerCountry, String issuerName) {

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
}
