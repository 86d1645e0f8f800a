package org.redgrid.open311.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.redgrid.shared.DateBounds;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Text;

/**
 * The time span a GET requests answers: {@code start_date} to {@code end_date}, each an ISO 8601 date
 * and time (or a date, read in local time), spanning at most 90 days; without them the 90 days up to
 * now, or from the one given. Dates outside years 1 to 9999 are refused, so nothing downstream
 * overflows.
 */
public record RequestWindow(Instant start, Instant end) {

    /** The longest span GET requests answers, and its default window. */
    public static final Duration MAX_SPAN = Duration.ofDays(90);

    static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    public static RequestWindow of(String startDate, String endDate, Instant now) {
        Instant end = instant("end_date", endDate, true);
        Instant start = instant("start_date", startDate, false);
        if (end == null) end = start == null ? now : start.plus(MAX_SPAN);
        if (start == null) start = end.minus(MAX_SPAN);
        if (end.isBefore(start)) {
            throw new InvalidValue(
                    "end_date", "date.order", "end_date 不能早于 start_date", "end_date must not be before start_date");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new InvalidValue(
                    "end_date", "date.span", "查询跨度最多 90 天", "start_date and end_date may span at most 90 days");
        }
        return new RequestWindow(start, end);
    }

    private static Instant instant(String field, String raw, boolean endOfDay) {
        String value = Text.blankToNull(raw);
        if (value == null) return null;
        try {
            OffsetDateTime time = OffsetDateTime.parse(value);
            DateBounds.check(field, time.toLocalDate());
            return time.toInstant();
        } catch (DateTimeException notDateTime) {
            try {
                LocalDate day = DateBounds.check(field, LocalDate.parse(value));
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(LOCAL).toInstant();
            } catch (DateTimeException notDate) {
                throw new InvalidValue(
                        field,
                        "type.datetime",
                        field + " 须为 ISO 8601 时间，如 2026-11-01T00:00:00+08:00",
                        field + " must be an ISO 8601 date and time such as 2026-11-01T00:00:00+08:00");
            }
        }
    }
}
