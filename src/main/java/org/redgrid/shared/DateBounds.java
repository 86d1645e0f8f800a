package org.redgrid.shared;

import java.time.LocalDate;

/**
 * Calendar dates the platform takes at all: years 1 to 9999, so that no date arithmetic, formatting or
 * storage overflows on a date such as {@code -999999999-01-01}. Each field's own rule (a birth date
 * not in the future, a report period) is narrower and lives with the field.
 */
public final class DateBounds {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private DateBounds() {}

    /** The date, or an {@link InvalidValue} naming {@code field} when it lies outside years 1 to 9999. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new InvalidValue(
                    field,
                    "date.range",
                    "日期须在 0001-01-01 至 9999-12-31 之间",
                    "a date must lie between 0001-01-01 and 9999-12-31");
        }
        return date;
    }
}
