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

    /** Card numbers written in a text (13–19 digits in a run, Luhn-valid or in 4-4-4-4 groups), digits only. */
    public static List<String> cardNumbersIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGIT_RUN.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            for (int from = 0; from < digits.length(); from++) {
                for (int len = 13; len <= 19 && from + len <= digits.length(); len++) {
                    String d = digits.substring(from, from + len);
                    if (SafeText.luhn(d) || len == 16 && m.group().matches("\\d{4}([ -\\u00a0])\\d{4}\\1\\d{4}\\1\\d{4}")) {
                        out.add(d);
                    }
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
