package dev.paytriage.triage;

import dev.paytriage.model.Code;
import dev.paytriage.model.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The card scheme's own retry signal next to the DE39 code: Visa's decline category for a Visa card,
 * Mastercard's Merchant Advice Code for a Mastercard. Adds evidence and a retry step to any verdict;
 * a scheme's "never retry" overrides a row's milder retry advice (reattempts cost fees).
 */
final class SchemeAdvice {

    /** What the scheme says: sentences for the evidence and the agent, and whether it forbids retries. */
    record Advice(List<String> evidence, List<String> steps, boolean never) {
        static final Advice NONE = new Advice(List.of(), List.of(), false);
    }

    private static final String MAC = "network_advice";

    private final CodeTables tables;

    SchemeAdvice(CodeTables tables) {
        this.tables = tables;
    }

    Advice of(Transaction tx) {
        if (tx.decline() == null || tx.decline().codes().isEmpty()) {
            return Advice.NONE;
        }
        List<String> evidence = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        boolean never = false;
        String brand = brand(tx);
        Optional<Code> de39 = tx.decline().codes().stream()
                .filter(c -> "iso8583".equals(tables.tableNamespace(c.namespace()))).findFirst();
        if (de39.isPresent() && "visa".equals(brand)) {
            VisaCategories visa = tables.visaCategories();
            VisaCategories.Assignment a = visa.of(de39.get().value());
            evidence.add(a.describe(visa.edition()) + " (code " + de39.get().value() + ")");
            steps.add("Visa retry rule for category " + a.category().number() + ": " + a.category().rule() + ".");
            never = "never".equals(a.category().retry());
        }
        for (Code code : tx.decline().codes()) {
            if (!MAC.equals(code.namespace())) {
                continue;
            }
            if ("visa".equals(brand)) {
                evidence.add("network advice code " + code.value() + " came with a Visa card; Visa's advice codes"
                        + " do not mean what Mastercard's do, so the Mastercard table is not applied");
                continue;
            }
            Optional<Row> row = tables.find(code);
            String table = tables.table(MAC).map(t -> t.title() + ", edition " + t.edition()).orElse(MAC);
            if (row.isEmpty()) {
                evidence.add("Mastercard advice code " + code.value() + " is not in the table (" + table + ")");
                continue;
            }
            evidence.add("Mastercard advice code " + code.value() + " (" + table + "): " + row.get().meaning()
                    + (brand == null ? " (the card brand is unknown; read as Mastercard's)" : ""));
            steps.add(row.get().nextStep());
            never |= "never".equals(row.get().retry());
        }
        return evidence.isEmpty() ? Advice.NONE : new Advice(evidence, steps, never);
    }

    /** A network advice code that came with a Visa card, whose numbers mean something else. */
    static boolean isVisaAdviceCode(Transaction tx, Code code) {
        return MAC.equals(code.namespace()) && "visa".equals(brand(tx));
    }

    /** visa, mastercard, another brand's name, or null when unknown. */
    static String brand(Transaction tx) {
        if (tx.card() == null || tx.card().brand() == null || tx.card().brand().isBlank()) {
            return null;
        }
        String b = tx.card().brand().toLowerCase(Locale.ROOT);
        if (b.contains("visa")) {
            return "visa";
        }
        if (b.startsWith("master") || b.equals("maestro") || b.equals("mc")) {
            return "mastercard";
        }
        return b;
    }
}
