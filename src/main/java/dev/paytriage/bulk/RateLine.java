package dev.paytriage.bulk;

import dev.paytriage.gateway.http.Pacer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the gateways' request rates read: on the progress line while a run goes, and in its summary. */
public final class RateLine {
    private RateLine() {}

    /** "acme 71 req/s (max 71, throttled)": what each gateway is sent now, its current limit, and whether it throttles. */
    public static String progress(List<Pacer.Snapshot> pacers) {
        return pacers.stream().map(p -> {
            StringBuilder b = new StringBuilder(p.name()).append(' ').append(whole(p.sending())).append(" req/s");
            boolean limited = Double.isFinite(p.allowed());
            if (limited || p.throttling()) {
                b.append(" (");
                if (limited) {
                    b.append("max ").append(whole(p.allowed()));
                }
                if (p.throttling()) {
                    b.append(limited ? ", " : "").append("throttled");
                }
                b.append(')');
            }
            return b.toString();
        }).collect(Collectors.joining("; "));
    }

    /**
     * One line per gateway: "acme: settled at 96 requests/s (auto); 41 of 6120 requests throttled
     * (429/503, 0.7%)" or "stripe: 98 requests/s (auto, limit 100); none of 6000 requests throttled".
     */
    public static List<String> summary(List<Pacer.Snapshot> pacers) {
        return pacers.stream().map(p -> {
            StringBuilder b = new StringBuilder(p.name()).append(": ");
            String how = p.auto() ? "auto" : "rate " + whole(p.ceiling());
            if (p.throttled() > 0) {
                if (Double.isFinite(p.settled())) {
                    b.append("settled at ").append(whole(p.settled())).append(" requests/s (").append(how).append(")");
                } else {
                    b.append("throttled (").append(how).append(')');
                }
                b.append("; ").append(p.throttled()).append(" of ").append(p.requests())
                        .append(p.requests() == 1 ? " request" : " requests").append(" throttled (429/503, ")
                        .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * p.throttled() / p.requests())).append(')');
                return b.toString();
            }
            if (Double.isFinite(p.overall())) {
                b.append(whole(p.overall())).append(" requests/s (").append(how);
                if (p.auto()) {
                    b.append(Double.isFinite(p.ceiling()) ? ", limit " + whole(p.ceiling()) : ", no limit met");
                }
                b.append("); ");
            } else {
                b.append('(').append(how).append(") ");
            }
            return b.append(p.requests() == 1 ? "1 request, not throttled" : "none of " + p.requests()
                    + " requests throttled").toString();
        }).toList();
    }

    private static String whole(double d) {
        return d >= 10 || d == Math.rint(d) ? String.valueOf(Math.round(d)) : String.format(Locale.ROOT, "%.1f", d);
    }
}
