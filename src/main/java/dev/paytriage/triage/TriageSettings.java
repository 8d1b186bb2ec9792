package dev.paytriage.triage;

import java.time.ZoneId;
import java.util.Map;

/**
 * Local knowledge triage uses besides the tables: the many-cards threshold, the acquirers' business
 * hours and time zone (a Friday night changes whom to call), and who the acquirer behind a gateway's
 * connection id is, with how to reach it.
 */
public record TriageSettings(ManyCards manyCards, BusinessHours businessHours, ZoneId zone,
        Map<String, String> acquirers) {

    public TriageSettings {
        manyCards = manyCards == null ? ManyCards.defaults() : manyCards;
        businessHours = businessHours == null ? BusinessHours.DEFAULT : businessHours;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        acquirers = acquirers == null ? Map.of() : Map.copyOf(acquirers);
    }

    public static TriageSettings defaults() {
        return new TriageSettings(null, null, null, null);
    }
}
