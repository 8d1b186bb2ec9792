package dev.paytriage.gateway.http;

import dev.paytriage.config.Rate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request pacing for one run that wants it (bulk): one {@link Pacers} per gateway, built from the
 * gateway's {@code rate:} (auto or a number), its type's documented limits and the run's {@code --rate}
 * (which replaces the number for this run); read back for the progress line and the summary.
 */
public final class Pacing {
    private final Double runCap;
    private final Map<String, Pacers> byGateway = new LinkedHashMap<>();

    /** @param runCap the run's --rate, or null to follow each gateway's rate: */
    public Pacing(Double runCap) {
        this.runCap = runCap;
    }

    /** The gateway's pacers, made once: @param maxPause the longest a Retry-After holds all its requests back. */
    public synchronized Pacers register(String gateway, Rate configured, DocumentedRates documented,
            Duration maxPause) {
        return byGateway.computeIfAbsent(gateway, g -> {
            Double cap = runCap != null ? runCap : configured == null || configured.isAuto() ? null : configured.cap();
            boolean auto = cap == null;
            Pacer all = new Pacer(g, auto, auto ? documented.perSecond() : cap, maxPause, System::nanoTime);
            List<Pacers.Scoped> scoped = new ArrayList<>();
            for (DocumentedRates.Endpoint e : documented.endpoints()) {
                double ceiling = auto ? e.perSecond() : Math.min(cap, e.perSecond());
                scoped.add(new Pacers.Scoped(e, new Pacer(g + " " + e.name(), auto, ceiling, maxPause,
                        System::nanoTime)));
            }
            return new Pacers(all, List.copyOf(scoped));
        });
    }

    /** Every pacer that has sent a request, gateway by gateway in the order they were first used. */
    public synchronized List<Pacer.Snapshot> snapshots() {
        List<Pacer.Snapshot> out = new ArrayList<>();
        byGateway.values().forEach(p -> p.snapshots().stream().filter(s -> s.requests() > 0).forEach(out::add));
        return out;
    }
}
