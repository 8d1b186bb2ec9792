package dev.paytriage.triage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When an acquirer pays a successful card payment out to the merchant: the usual schedule is the next
 * working day (T+1, Monday to Friday; research/support-practice.md: "when does the money reach my
 * account?" is the second most frequent merchant question, and the settlement reply promised "usually on
 * the next working day"). Bank holidays are not known here; a payment is late only after the due day.
 */
public final class SettlementCalendar {
    /** Working days after the payment day on which the acquirer settles. */
    public static final int USUAL_DAYS = 1;

    private SettlementCalendar() {}

    /** The day settlement of a payment made at {@code paid} is due, in the team's time zone. */
    public static LocalDate due(Instant paid, ZoneId zone) {
        LocalDate d = LocalDate.ofInstant(paid, zone);
        int left = USUAL_DAYS;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    /** Whether the due day has passed by {@code now}: the money should be on the merchant's account. */
    public static boolean overdue(Instant paid, Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).isAfter(due(paid, zone));
    }
}
