package dev.paytriage.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import dev.paytriage.complaint.Words.Phrases;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words the reader knows, loaded from complaint/lexicon.yaml (see that file for the rules). */
final class Lexicon {
    static final String RESOURCE = "complaint/lexicon.yaml";

    /** {@code folded}: the marker words with the letters a Russian keyboard lacks folded (see UkrainianStemmer.fold). */
    record LangMarkers(String letters, Phrases<String> words, java.util.Set<String> folded) {}

    record DayPart(String name, LocalTime from, LocalTime to) {}

    /** BINs whose first digits fall in [from, to] (compared at the length of from) belong to key. */
    record BinRange(String from, String to, String key) {
        boolean covers(String bin) {
            if (bin == null || bin.length() < from.length()) {
                return false;
            }
            String head = bin.substring(0, from.length());
            return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
        }
    }

    final Map<String, LangMarkers> languages = new LinkedHashMap<>();
    /** A currency word and the codes it can mean, most likely first. */
    final Phrases<List<String>> currencies = new Phrases<>();
    final Map<String, String> currencySymbols = new LinkedHashMap<>();
    final Phrases<Boolean> minorUnits = new Phrases<>();
    final Phrases<String> paymentSystems = new Phrases<>();
    final Map<String, String> paymentSystemCurrency = new LinkedHashMap<>();
    private final List<String> paymentSystemKeys = new ArrayList<>();
    final Phrases<String> types = new Phrases<>();
    final Phrases<Boolean> orderCues = new Phrases<>();
    final Phrases<Boolean> orderWordsBetween = new Phrases<>();
    final Phrases<Boolean> cardCues = new Phrases<>();
    final Phrases<Boolean> amountCues = new Phrases<>();
    final Phrases<Boolean> shopCues = new Phrases<>();
    final Phrases<String> audience = new Phrases<>();
    final Phrases<Integer> relativeDays = new Phrases<>();
    final Phrases<Integer> weekdays = new Phrases<>();
    final Phrases<Integer> months = new Phrases<>();
    final Phrases<DayPart> dayParts = new Phrases<>();
    final Phrases<Boolean> since = new Phrases<>();
    final Phrases<Boolean> ago = new Phrases<>();
    final Phrases<Boolean> hourWords = new Phrases<>();
    final Phrases<Boolean> dayWords = new Phrases<>();
    final Phrases<Boolean> lastWeek = new Phrases<>();
    final Phrases<Boolean> timeCues = new Phrases<>();
    final List<BinRange> binRanges = new ArrayList<>();

    private static volatile Lexicon bundled;

    static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            l = new Lexicon(read(RESOURCE));
            bundled = l;
        }
        return l;
    }

    private Lexicon(JsonNode root) {
        for (Map.Entry<String, JsonNode> e : need(root, "languages").properties()) {
            List<String> words = strings(need(e.getValue(), "words"));
            languages.put(e.getKey(), new LangMarkers(need(e.getValue(), "letters").asText(),
                    new Phrases<String>().addAll(words, e.getKey()),
                    java.util.Set.copyOf(words.stream().map(w -> UkrainianStemmer.fold(w.toLowerCase(java.util.Locale.ROOT)))
                            .toList())));
        }
        for (JsonNode c : need(root, "currencies")) {
            currencies.addAll(strings(need(c, "words")), strings(need(c, "codes")));
        }
        need(root, "currency_symbols").properties().forEach(e -> currencySymbols.put(e.getKey(), e.getValue().asText()));
        minorUnits.addAll(strings(need(root, "minor_units")), true);
        for (JsonNode p : need(root, "payment_systems")) {
            String key = need(p, "key").asText();
            paymentSystemKeys.add(key);
            paymentSystems.addAll(strings(need(p, "words")), key);
            if (p.hasNonNull("currency")) {
                paymentSystemCurrency.put(key, p.get("currency").asText());
            }
        }
        need(root, "types").properties().forEach(e -> types.addAll(strings(e.getValue()), e.getKey()));
        orderCues.addAll(strings(need(root, "order_cues")), true);
        orderWordsBetween.addAll(strings(need(root, "order_words_between")), true);
        cardCues.addAll(strings(need(root, "card_cues")), true);
        amountCues.addAll(strings(need(root, "amount_cues")), true);
        shopCues.addAll(strings(need(root, "shop_cues")), true);
        need(root, "audience").properties().forEach(e -> audience.addAll(strings(e.getValue()), e.getKey()));
        JsonNode dates = need(root, "dates");
        numbered(need(dates, "relative_days"), relativeDays);
        numbered(need(dates, "weekdays"), weekdays);
        numbered(need(dates, "months"), months);
        need(dates, "day_parts").properties().forEach(e -> {
            String to = need(e.getValue(), "to").asText();
            DayPart part = new DayPart(e.getKey(), LocalTime.parse(need(e.getValue(), "from").asText()),
                    "24:00".equals(to) ? LocalTime.MAX : LocalTime.parse(to));
            dayParts.addAll(strings(need(e.getValue(), "words")), part);
        });
        since.addAll(strings(need(dates, "since")), true);
        ago.addAll(strings(need(dates, "ago")), true);
        hourWords.addAll(strings(need(dates, "hour_words")), true);
        dayWords.addAll(strings(need(dates, "day_words")), true);
        lastWeek.addAll(strings(need(dates, "last_week")), true);
        timeCues.addAll(strings(need(dates, "time_cues")), true);
        for (JsonNode r : need(root, "bin_ranges")) {
            binRanges.add(new BinRange(need(r, "from").asText(), need(r, "to").asText(), need(r, "key").asText()));
        }
        binRanges.sort((a, b) -> b.from().length() - a.from().length());
    }

    List<String> paymentSystemKeys() {
        return List.copyOf(paymentSystemKeys);
    }

    /** The brand of a card from its BIN, or null. */
    String brandOfBin(String bin) {
        return binRanges.stream().filter(r -> r.covers(bin)).map(BinRange::key).findFirst().orElse(null);
    }

    private static void numbered(JsonNode node, Phrases<Integer> into) {
        node.properties().forEach(e -> into.addAll(strings(e.getValue()), Integer.parseInt(e.getKey())));
    }

    static JsonNode need(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new PaytriageException(ExitCode.INTERNAL, "complaint data: '" + field + "' is missing");
        }
        return v;
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    static JsonNode read(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new PaytriageException(ExitCode.INTERNAL, resource + " is missing from the jar");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new PaytriageException(ExitCode.INTERNAL, resource + " cannot be read: " + e.getMessage(), e);
        }
    }
}
