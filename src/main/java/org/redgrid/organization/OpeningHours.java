package org.redgrid.organization;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redgrid.shared.InvalidValue;

/**
 * 开放时间: when a service place is open, written as it is posted on the door, such as
 * {@code Mon-Fri 08:30-12:00,14:30-18:00; Sat 09:00-12:00} or {@code daily 00:00-24:00}. Days are
 * {@code Mon}..{@code Sun}, ranges of them, or {@code daily}; a period ends after it starts, except that
 * {@code 24:00} closes the day. Knows whether the place is open at a local time.
 */
public record OpeningHours(List<Rule> rules) {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** One line of the hours: on these days, these periods. */
    public record Rule(Set<DayOfWeek> days, List<Period> periods) {}

    /** From {@code opens} (inclusive) to {@code closes} (exclusive); {@code closes} null means midnight. */
    public record Period(LocalTime opens, LocalTime closes) {

        boolean contains(LocalTime time) {
            return !time.isBefore(opens) && (closes == null || time.isBefore(closes));
        }
    }

    public OpeningHours {
        rules = List.copyOf(rules);
    }

    /** Parses the posted hours; errors name {@code field} and the rule {@code opening-hours.format}. */
    public static OpeningHours parse(String field, String text) {
        if (text == null || text.isBlank()) throw invalid(field);
        List<Rule> rules = new ArrayList<>();
        for (String line : text.trim().split("\\s*;\\s*")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) throw invalid(field);
            rules.add(new Rule(days(field, parts[0]), periods(field, parts[1])));
        }
        return new OpeningHours(rules);
    }

    /** Whether the place is open at this local date and time. */
    public boolean openAt(LocalDateTime local) {
        return rules.stream()
                .filter(rule -> rule.days().contains(local.getDayOfWeek()))
                .flatMap(rule -> rule.periods().stream())
                .anyMatch(period -> period.contains(local.toLocalTime()));
    }

    private static Set<DayOfWeek> days(String field, String text) {
        String days = text.toLowerCase(Locale.ROOT);
        if (days.equals("daily")) return EnumSet.allOf(DayOfWeek.class);
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (String item : days.split(",")) {
            String[] range = item.split("-");
            if (range.length > 2) throw invalid(field);
            int from = DAYS.indexOf(range[0]);
            int to = DAYS.indexOf(range[range.length - 1]);
            if (from < 0 || to < 0 || to < from) throw invalid(field);
            for (int day = from; day <= to; day++) result.add(DayOfWeek.of(day + 1));
        }
        return result;
    }

    private static List<Period> periods(String field, String text) {
        List<Period> periods = new ArrayList<>();
        for (String item : text.split(",")) {
            String[] times = item.split("-");
            if (times.length != 2) throw invalid(field);
            LocalTime opens = time(field, times[0]);
            LocalTime closes = times[1].equals("24:00") ? null : time(field, times[1]);
            if (closes != null && !closes.isAfter(opens)) throw invalid(field);
            periods.add(new Period(opens, closes));
        }
        return periods;
    }

    private static LocalTime time(String field, String text) {
        if (!text.matches("\\d{2}:\\d{2}")) throw invalid(field);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(field);
        }
    }

    private static InvalidValue invalid(String field) {
        return new InvalidValue(
                field,
                "opening-hours.format",
                "开放时间格式如 Mon-Fri 08:30-12:00,14:30-18:00; Sat 09:00-12:00",
                "opening hours read like Mon-Fri 08:30-12:00,14:30-18:00; Sat 09:00-12:00");
    }
}
