package dev.paytriage.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Visa's decline categories 1–4 (retry rules) and which DE39 code falls in which, as data with a
 * source and an edition: the sources disagree on several codes, and the table names the one it follows.
 */
public final class VisaCategories {
    static final String FILE = "triage/codes/visa_categories.yaml";

    /** One category and its retry rule. */
    public record Category(int number, String name, String retry, String rule) {}

    /**
     * The category of one code, the source it comes from, and what another source says where they differ.
     * {@code listed} is false for a code no source lists: Visa puts those in category 4.
     */
    public record Assignment(String code, Category category, String source, boolean listed, String otherView) {

        /** "Visa category 2 (Forte, edition 2026-11): issuer cannot approve at this time". */
        public String describe(String edition) {
            return "Visa category " + category.number() + " (" + (listed ? source : "not listed, so generic")
                    + ", edition " + edition + "): " + category.name().toLowerCase(Locale.ROOT)
                    + (otherView == null ? "" : "; " + otherView);
        }
    }

    private final String title;
    private final String source;
    private final String edition;
    private final String primarySource;
    private final Map<Integer, Category> categories = new LinkedHashMap<>();
    private final Map<String, Assignment> codes = new LinkedHashMap<>();

    private VisaCategories(JsonNode tree, String file) {
        title = TableLoader.text(tree, "title");
        source = TableLoader.text(tree, "source");
        edition = TableLoader.text(tree, "edition");
        primarySource = TableLoader.text(tree, "primary_source");
        if (edition == null || primarySource == null) {
            throw TableLoader.bad("triage table " + file, "needs edition and primary_source");
        }
        var cats = tree.path("categories").properties().iterator();
        while (cats.hasNext()) {
            var e = cats.next();
            String where = "triage table " + file + " category " + e.getKey();
            String retry = TableLoader.text(e.getValue(), "retry");
            if (!TableLoader.RETRY.contains(String.valueOf(retry))) {
                throw TableLoader.bad(where, "has unknown retry '" + retry + "'");
            }
            String name = TableLoader.text(e.getValue(), "name");
            String rule = TableLoader.text(e.getValue(), "rule");
            if (name == null || rule == null) {
                throw TableLoader.bad(where, "needs a name and a rule");
            }
            int n = Integer.parseInt(e.getKey());
            categories.put(n, new Category(n, name, retry, rule));
        }
        Map<String, String> disagreements = new LinkedHashMap<>();
        for (JsonNode d : tree.path("disagreements")) {
            String code = TableLoader.text(d, "code");
            List<String> others = new java.util.ArrayList<>();
            d.properties().forEach(f -> {
                if (!f.getKey().equals("code") && !f.getKey().equalsIgnoreCase(primarySource)) {
                    others.add(display(f.getKey()) + " says category " + f.getValue().asText());
                }
            });
            disagreements.put(code, String.join(", ", others));
        }
        var it = tree.path("codes").properties().iterator();
        while (it.hasNext()) {
            var e = it.next();
            String where = "triage table " + file + " code '" + e.getKey() + "'";
            JsonNode v = e.getValue();
            int number = v.isObject() ? v.path("category").asInt(-1) : v.asInt(-1);
            String from = v.isObject() && TableLoader.text(v, "source") != null ? TableLoader.text(v, "source")
                    : primarySource;
            Category cat = categories.get(number);
            if (cat == null) {
                throw TableLoader.bad(where, "names category " + number + ", which is not under categories");
            }
            String key = e.getKey().toUpperCase(Locale.ROOT);
            codes.put(key, new Assignment(key, cat, from, true, disagreements.remove(e.getKey())));
        }
        if (!disagreements.isEmpty()) {
            throw TableLoader.bad("triage table " + file, "lists disagreements for codes it does not map: "
                    + disagreements.keySet());
        }
        if (!categories.containsKey(4)) {
            throw TableLoader.bad("triage table " + file, "needs category 4 (generic) for unlisted codes");
        }
    }

    static VisaCategories bundled() {
        return new VisaCategories(TableLoader.read(FILE), FILE);
    }

    /** The category of a DE39 code; an unlisted code is Visa's generic category 4. */
    public Assignment of(String code) {
        String key = code.trim().toUpperCase(Locale.ROOT);
        Assignment a = codes.get(key);
        return a != null ? a : new Assignment(key, categories.get(4), primarySource, false, null);
    }

    public boolean lists(String code) {
        return codes.containsKey(code.trim().toUpperCase(Locale.ROOT));
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public String edition() {
        return edition;
    }

    public Map<String, Assignment> assignments() {
        return java.util.Collections.unmodifiableMap(codes);
    }

    private static String display(String key) {
        return "checkout".equalsIgnoreCase(key) ? "Checkout.com" : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
