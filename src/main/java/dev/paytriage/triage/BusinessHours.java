package dev.paytriage.triage;

import dev.paytriage.ExitCode;
import dev.paytriage.PaytriageException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opening hours of acquirers' merchant desks, written as "Mon-Fri 09:00-18:00". */
public record BusinessHours(DayOfWeek firstDay, DayOfWeek lastDay, LocalTime opens, LocalTime closes) {

    private static final Pattern FORMAT = Pattern.compile(
            "(?i)\\s*([a-z]{3})\\s*-\\s*([a-z]{3})\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public static final BusinessHours DEFAULT = parse("Mon-Fri 09:00-18:00");

    /** Parses "Mon-Fri 09:00-18:00"; a bad value is a usage/config error naming the expected form. */
    public static BusinessHours parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches() || day(m.group(1)) == null || day(m.group(2)) == null) {
            throw new PaytriageException(ExitCode.CONFIG, "business hours '" + text
                    + "' are not in the form Mon-Fri 09:00-18:00");
        }
        try {
            return new BusinessHours(day(m.group(1)), day(m.group(2)), LocalTime.parse(pad(m.group(3))),
                    LocalTime.parse(pad(m.group(4))));
        } catch (java.time.format.DateTimeParseException e) {
            throw new PaytriageException(ExitCode.CONFIG, "business hours '" + text
                    + "' have an invalid time: use HH:MM-HH:MM");
        }
    }

    public boolean open(ZonedDateTime t) {
        int d = t.getDayOfWeek().getValue();
        boolean day = firstDay.getValue() <= lastDay.getValue()
                ? d >= firstDay.getValue() && d <= lastDay.getValue()
                : d >= firstDay.getValue() || d <= lastDay.getValue();
        LocalTime time = t.toLocalTime();
        return day && !time.isBefore(opens) && time.isBefore(closes);
    }

    @Override
    public String toString() {
        return cap(firstDay) + "-" + cap(lastDay) + " " + opens + "-" + closes;
    }

    private static DayOfWeek day(String s) {
        int i = DAYS.indexOf(s.toLowerCase(Locale.ROOT));
        return i < 0 ? null : DayOfWeek.of(i + 1);
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }

    private static String cap(DayOfWeek d) {
        String s = DAYS.get(d.getValue() - 1);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
