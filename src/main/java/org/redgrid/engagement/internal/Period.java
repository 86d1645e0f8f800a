package org.redgrid.engagement.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.redgrid.shared.DateBounds;
import org.redgrid.shared.InvalidValue;

/** A period of whole days in local time, {@code from} to {@code to} inclusive, at most ten years long. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) throw new InvalidValue("from", "required", "须指定开始日期", "from is required");
        if (to == null) throw new InvalidValue("to", "required", "须指定结束日期", "to is required");
        DateBounds.check("from", from);
        DateBounds.check("to", to);
        if (to.isBefore(from) || from.plusYears(10).isBefore(to)) {
            throw new InvalidValue(
                    "to", "period.range", "结束日期须不早于开始日期，且跨度不超过十年", "to must not precede from, within ten years");
        }
    }

    /** The given dates, or else the calendar year up to today. */
    public static Period orThisYear(LocalDate from, LocalDate to, LocalDate today) {
        return new Period(from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
    }

    public Instant start() {
        return from.atStartOfDay(Ledger.LOCAL).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(Ledger.LOCAL).toInstant();
    }
}
