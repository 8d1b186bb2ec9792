package dev.paytriage.triage;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When the agent handles the case (the case's "now") falls outside the acquirer's business hours —
 * a Friday night or a weekend — its merchant desk is closed and escalation goes through the gateway's
 * duty channel instead.
 */
final class WorkingHours implements FactSource {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);

    private final BusinessHours hours;
    private final ZoneId zone;

    WorkingHours(BusinessHours hours, ZoneId zone) {
        this.hours = hours;
        this.zone = zone;
    }

    @Override
    public void collect(Case c, Facts.Builder f) {
        ZonedDateTime now = c.now().atZone(zone);
        if (!hours.open(now)) {
            f.put("off_hours", "it is " + WHEN.format(now) + " (" + zone.getId()
                    + "), outside the acquirer's business hours (" + hours + ")");
        }
    }

    /** "Friday 22:41" in the zone, for next steps. */
    String describe(java.time.Instant instant) {
        return WHEN.format(instant.atZone(zone)) + " " + zone.getId();
    }
}
