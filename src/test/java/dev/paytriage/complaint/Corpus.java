package dev.paytriage.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.model.SafeText;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The complaint corpus (src/test/resources/complaints/corpus.yaml) and PAN checks shared by its tests. */
public final class Corpus {
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ \\-\\u00a0\\u202f]?\\d)+");

    private Corpus() {}

    public static List<JsonNode> entries() {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream("complaints/corpus.yaml")) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper(new YAMLFactory()).readTree(in).forEach(out::add);
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Card numbers written in a text, digits only: runs of whole digit groups ("4111 1111 1111 1111",
     * "41111111111111112026"'s head or tail) of 13–19 digits that pass Luhn or are grouped 4-4-4-4.
     * Windows inside one unbroken number (a 15-digit network id) are not card numbers.
     */
    public static List<String> cardNumbersIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        while (m.find()) {
            List<String> groups = List.of(m.group().split("[ \\-\\u00a0\\u202f]"));
            List<String> stretches = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                StringBuilder d = new StringBuilder();
                for (int j = i; j < groups.size() && d.length() <= 19; j++) {
                    d.append(groups.get(j));
                    stretches.add(d.toString());
                }
            }
            if (groups.size() == 1 && m.group().length() > 19) {
                for (int len = 13; len <= 19; len++) {
                    stretches.add(m.group().substring(0, len));
                    stretches.add(m.group().substring(m.group().length() - len));
                }
            }
            for (String d : stretches) {
                boolean grouped = d.length() == 16 && m.group().matches(".*\\d{4}([ -\\u00a0])\\d{4}\\1\\d{4}\\1\\d{4}.*");
                if (d.length() >= 13 && d.length() <= 19 && (SafeText.luhn(d) || grouped)) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** The card numbers of the input that an output still shows, ignoring separators in the output. */
    public static List<String> leaked(String input, String output) {
        String flat = output.replaceAll("[ \\-\\u00a0\\u202f]", "");
        return cardNumbersIn(input).stream().filter(flat::contains).toList();
    }
}
