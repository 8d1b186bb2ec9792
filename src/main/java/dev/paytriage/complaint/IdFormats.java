package dev.paytriage.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a transaction id of each gateway type looks like, so ids can be picked out of free text and
 * sent to the gateway that issued them. beGateway: the older "4107-310b0da80b" (digits, a dash, ten
 * hex digits) and UUIDs (research/gateways.md); Stripe: pi_, ch_ and py_ ids. A rest gateway's ids
 * have no known shape, so they are only found through --ref or an order id.
 */
public final class IdFormats {
    private static final Pattern BEGATEWAY_OLD = Pattern.compile("(?<![\\w-])\\d{1,12}-[0-9a-fA-F]{10}(?![\\w-])");
    private static final Pattern UUID = Pattern.compile(
            "(?<![\\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\\w-])");
    private static final Pattern STRIPE = Pattern.compile("(?<![\\w])(?:pi|ch|py)_[A-Za-z0-9]{10,}(?![\\w])");

    private static final Map<String, List<Pattern>> BY_TYPE = Map.of(
            "begateway", List.of(BEGATEWAY_OLD, UUID),
            "stripe", List.of(STRIPE),
            "sandbox", List.of(BEGATEWAY_OLD, UUID, STRIPE));

    private final Map<Pattern, Set<String>> patterns = new LinkedHashMap<>();

    /** The formats of the given gateway types (the configured ones). */
    public IdFormats(Set<String> gatewayTypes) {
        for (String type : gatewayTypes) {
            for (Pattern p : BY_TYPE.getOrDefault(type, List.of())) {
                patterns.merge(p, Set.of(type), (a, b) -> {
                    java.util.Set<String> u = new java.util.TreeSet<>(a);
                    u.addAll(b);
                    return Set.copyOf(u);
                });
            }
        }
    }

    /** Every format, keyed by pattern, with the gateway types that issue ids of that shape. */
    Map<Pattern, Set<String>> patterns() {
        return patterns;
    }

    /** Whether an id has the shape of the given gateway type's ids; unknown types accept anything. */
    public static boolean fits(String id, String gatewayType) {
        List<Pattern> ps = BY_TYPE.get(gatewayType);
        return ps == null || ps.stream().anyMatch(p -> p.matcher(id).matches());
    }
}
