package dev.paytriage.complaint;

import dev.paytriage.complaint.Words.Phrases;
import dev.paytriage.complaint.Words.Token;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When it happened, relative to the injected clock and read in the team's time zone: "вчера в 23:10",
 * "учора ввечері", "в пятницу вечером", "20.11", "20 ноября", "Nov 20", "2026-11-20", "11pm",
 * "2 часа назад", "с пятницы" (since: up to now), "на прошлой неделе". The result is a window to
 * search in, wide enough for a customer's approximate memory.
 */
final class Dates {
    static final Duration AROUND_TIME = Duration.ofHours(2);
    static final Duration AROUND_PART = Duration.ofHours(1);
    static final Duration AROUND_DAY = Duration.ofHours(3);

    private static final Pattern HH_MM = Pattern.compile("(?<![\\d.,:])([01]?\\d|2[0-3]):([0-5]\\d)(?!\\d)");
    private static final Pattern AM_PM = Pattern.compile("(?<![\\d:.,])(1[0-2]|0?[1-9])(?::([0-5]\\d))?\\s?([ap])\\.?m\\.?(?!\\p{L})");
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(20\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?!\\d|[.,/]\\d)");
    private static final java.util.Set<String> ORDINAL = java.util.Set.of("го", "е", "ое", "ого", "th", "st", "nd", "rd", "of");

    private final Extraction x;
    private final Instant now;
    private final ZoneId zone;
    private final java.util.TreeMap<Integer, String> pieces = new java.util.TreeMap<>();
    private LocalDate date;
    private LocalTime time;
    private Lexicon.DayPart part;
    private boolean since;
    private LocalDate weekStart;
    private Instant agoAt;

    Dates(Extraction x, Instant now, ZoneId zone) {
        this.x = x;
        this.now = now;
        this.zone = zone;
    }

    ComplaintFacts.When read() {
        LocalDate today = LocalDate.ofInstant(now, zone);
        ago(today);
        times();
        absolute(today);
        words(today);
        if (date == null && time == null && part == null && weekStart == null && agoAt == null) {
            return null;
        }
        // "вчера в 23:10" as written when the pieces are close together, else the pieces joined
        int first = pieces.firstKey();
        int last = pieces.lastKey() + pieces.lastEntry().getValue().length();
        String text = last - first <= 40 ? x.text.substring(first, last) : String.join(" ", pieces.values());
        if (agoAt != null) {
            return new ComplaintFacts.When(text, LocalDate.ofInstant(agoAt, zone), null, null,
                    agoAt.minus(AROUND_PART), agoAt.plus(AROUND_PART));
        }
        if (weekStart != null && date == null) {
            return new ComplaintFacts.When(text, null, null, null, start(weekStart), start(weekStart.plusDays(7)));
        }
        LocalTime nowTime = LocalTime.ofInstant(now, zone);
        if (date == null) {
            boolean later = time != null ? time.isAfter(nowTime) : part.from().isAfter(nowTime);
            date = later ? today.minusDays(1) : today;
        }
        Instant from;
        Instant to;
        if (time != null) {
            Instant t = date.atTime(time).atZone(zone).toInstant();
            from = t.minus(AROUND_TIME);
            to = t.plus(AROUND_TIME);
        } else if (part != null) {
            from = date.atTime(part.from()).atZone(zone).toInstant().minus(AROUND_PART);
            to = (part.to().equals(LocalTime.MAX) ? start(date.plusDays(1)) : date.atTime(part.to()).atZone(zone).toInstant())
                    .plus(AROUND_PART);
        } else {
            from = start(date).minus(AROUND_DAY);
            to = start(date.plusDays(1)).plus(AROUND_DAY);
        }
        if (since) {
            to = now;
        }
        return new ComplaintFacts.When(text, date, time, part == null ? null : part.name(), from, to);
    }

    private Instant start(LocalDate d) {
        return d.atStartOfDay(zone).toInstant();
    }

    /** "2 часа назад", "3 days ago", "час назад". */
    private void ago(LocalDate today) {
        for (int i = 0; i < x.tokens.size(); i++) {
            Phrases.Match<Boolean> ago = x.lx.ago.at(x.tokens, i, null);
            if (ago == null || i == 0) {
                continue;
            }
            int unit = i - 1;
            Token n = unit > 0 && x.tokens.get(unit - 1).isNumber() ? x.tokens.get(unit - 1) : null;
            long count = n == null ? 1 : Long.parseLong(n.text());
            int first = n == null ? unit : unit - 1;
            if (x.lx.hourWords.endingAt(x.tokens, unit) != null && count <= 48) {
                agoAt = now.minus(Duration.ofHours(count));
            } else if (x.lx.dayWords.endingAt(x.tokens, unit) != null && count <= 60) {
                date = today.minusDays(count);
            } else {
                continue;
            }
            takeTokens(first, ago.to());
            return;
        }
    }

    private void times() {
        // "9:30 pm" before "9:30"
        Matcher m = AM_PM.matcher(x.lower);
        while (time == null && m.find()) {
            if (x.free(m.start(), m.end())) {
                int h = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("p") ? 12 : 0);
                time = LocalTime.of(h, m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
                take(m.start(), m.end());
            }
        }
        m = HH_MM.matcher(x.lower);
        while (time == null && m.find()) {
            if (x.free(m.start(), m.end())) {
                time = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                take(m.start(), m.end());
            }
        }
        // "в 23.10", "о 9 ранку", "в 11 вечера", "в 23 часа"
        for (int i = 0; time == null && i + 1 < x.tokens.size(); i++) {
            Phrases.Match<Boolean> cue = x.lx.timeCues.at(x.tokens, i, null);
            if (cue == null || !x.tokens.get(cue.to()).isNumber() || !x.free(x.tokens.get(cue.to()))) {
                continue;
            }
            int k = cue.to();
            int h = Integer.parseInt(x.tokens.get(k).text());
            int min = 0;
            int end = k + 1;
            Token next = end < x.tokens.size() ? x.tokens.get(end) : null;
            if (next != null && next.isNumber() && next.text().length() == 2 && next.start() == x.tokens.get(k).end() + 1
                    && x.lower.charAt(x.tokens.get(k).end()) == '.') {
                min = Integer.parseInt(next.text());
                end++;
            } else if (next != null && x.lx.hourWords.at(x.tokens, end, null) != null) {
                end++;
            }
            Phrases.Match<Lexicon.DayPart> p = end < x.tokens.size() ? x.lx.dayParts.at(x.tokens, end, null) : null;
            boolean clock = end > k + 1 || p != null;
            if (!clock || h > 23 || min > 59) {
                continue;
            }
            if (p != null && h <= 12) {
                String name = p.tag().name();
                h = name.equals("evening") || name.equals("afternoon") ? (h == 12 ? 12 : h + 12) % 24
                        : name.equals("night") && h == 12 ? 0 : h;
                part = p.tag();
                end = p.to();
            }
            time = LocalTime.of(h, min);
            takeTokens(k, end);
        }
    }

    private void absolute(LocalDate today) {
        Matcher m = ISO.matcher(x.lower);
        if (m.find() && x.free(m.start(), m.end())) {
            setDate(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.start(), m.end());
        }
        m = DMY.matcher(x.lower);
        while (date == null && m.find()) {
            if (!x.free(m.start(), m.end()) || cueBefore(m.start())) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean monthFirst = m.group(2).equals("/") && b > 12 && a <= 12;
            int year = m.group(4) == null ? -1 : Integer.parseInt(m.group(4)) + (m.group(4).length() == 2 ? 2000 : 0);
            setDate(today, year, monthFirst ? a : b, monthFirst ? b : a, m.start(), m.end());
        }
        for (int i = 0; date == null && i < x.tokens.size(); i++) {
            Phrases.Match<Integer> month = x.lx.months.at(x.tokens, i, null);
            if (month == null) {
                continue;
            }
            int d = i - 1;
            while (d >= 0 && ORDINAL.contains(x.tokens.get(d).text())) {
                d--;
            }
            int after = month.to();
            int first;
            int day;
            if (d >= 0 && x.tokens.get(d).isNumber() && x.free(x.tokens.get(d))) {
                day = Integer.parseInt(x.tokens.get(d).text());
                first = d;
            } else if (after < x.tokens.size() && x.tokens.get(after).isNumber() && x.free(x.tokens.get(after))) {
                day = Integer.parseInt(x.tokens.get(after).text());
                first = i;
                after++;
                while (after < x.tokens.size() && ORDINAL.contains(x.tokens.get(after).text())) {
                    after++;
                }
            } else {
                continue;
            }
            int year = -1;
            if (after < x.tokens.size() && x.tokens.get(after).text().matches("20\\d{2}")) {
                year = Integer.parseInt(x.tokens.get(after).text());
                after++;
            }
            if (day >= 1 && day <= 31) {
                setDate(today, year, month.tag(), day, x.tokens.get(first).start(), x.tokens.get(after - 1).end());
            }
        }
    }

    private boolean cueBefore(int start) {
        int j = Amounts.tokenEndingAt(x, start > 0 && x.lower.charAt(start - 1) == ' ' ? start - 1 : start);
        return j >= 0 && x.lx.amountCues.endingAt(x.tokens, j) != null;
    }

    private void setDate(LocalDate today, int year, int month, int day, int from, int to) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return;
        }
        try {
            LocalDate d = LocalDate.of(year < 0 ? today.getYear() : year, month, day);
            if (year < 0 && d.isAfter(today)) {
                d = d.minusYears(1);
            }
            date = d;
            int first = x.tokenAt(from);
            if (first >= 0) {
                sinceBefore(first);
            }
            take(from, to);
        } catch (java.time.DateTimeException invalid) {
            // 31.11 is no date
        }
    }

    /** Relative days, weekdays, "last week", day parts, and a "since" before any of them. */
    private void words(LocalDate today) {
        for (int i = 0; i < x.tokens.size(); i++) {
            if (!x.free(x.tokens.get(i))) {
                continue;
            }
            Phrases.Match<Lexicon.DayPart> p = part == null ? x.lx.dayParts.at(x.tokens, i, null) : null;
            Phrases.Match<Integer> rel = date == null ? x.lx.relativeDays.at(x.tokens, i, null) : null;
            Phrases.Match<Integer> wd = date == null && rel == null ? x.lx.weekdays.at(x.tokens, i, null) : null;
            Phrases.Match<Boolean> lw = date == null && weekStart == null ? x.lx.lastWeek.at(x.tokens, i, null) : null;
            int end = -1;
            if (rel != null) {
                date = today.minusDays(rel.tag());
                end = rel.to();
            } else if (wd != null) {
                date = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd.tag())));
                end = wd.to();
            } else if (lw != null) {
                weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                end = lw.to();
            }
            if (end > 0 && lw == null) {
                sinceBefore(i);
            }
            if (p != null) {
                part = p.tag();
                end = Math.max(end, p.to());
            }
            if (end > 0) {
                takeTokens(i, end);
                i = end - 1;
            }
        }
    }

    private void sinceBefore(int i) {
        Phrases.Match<Boolean> s = i > 0 ? x.lx.since.endingAt(x.tokens, i - 1) : null;
        if (s != null) {
            since = true;
            takeTokens(s.from(), s.to());
        }
    }

    private void takeTokens(int from, int to) {
        take(x.tokens.get(from).start(), x.tokens.get(to - 1).end());
    }

    private void take(int from, int to) {
        pieces.put(from, x.text.substring(from, to));
        x.take(from, to, false);
    }
}
