package org.redgrid.casework;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.redgrid.shared.InvalidValue;

/**
 * A time limit as an administrator picks it: a whole number and a unit (分钟, 小时, 天), never ISO-8601
 * text; the API keeps ISO-8601, and this turns one into the other. A limit is shown in the largest
 * unit that divides it (72 hours reads 3 days). The engine counts calendar time, so there is no
 * working-day unit.
 */
public record DeadlineInput(long amount, Unit unit) {

    /** The units an administrator picks from, largest last. */
    public enum Unit {
        MINUTES(Duration.ofMinutes(1)),
        HOURS(Duration.ofHours(1)),
        DAYS(Duration.ofDays(1));

        private final Duration length;

        Unit(Duration length) {
            this.length = length;
        }
    }

    /** The largest at most this many units: enough for any limit the engine accepts (a year and a day). */
    public static final long MAX_AMOUNT = 99_999;

    /** The limit in the largest unit that divides it; null for a missing or unreadable limit. */
    public static DeadlineInput of(String iso) {
        if (iso == null || iso.isBlank()) return null;
        try {
            Duration limit = Duration.parse(iso.strip());
            for (int i = Unit.values().length - 1; i >= 0; i--) {
                Unit unit = Unit.values()[i];
                long units = limit.toMillis() / unit.length.toMillis();
                if (units > 0 && limit.equals(unit.length.multipliedBy(units))) return new DeadlineInput(units, unit);
            }
            return null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The ISO-8601 duration for a number and a unit as a form sends them; a 400 naming {@code field}
     * when the number is not a whole number from 1 to {@value #MAX_AMOUNT} or the unit is unknown.
     */
    public static String iso(String field, String amount, String unit) {
        long units;
        try {
            units = Long.parseLong(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            units = 0;
        }
        if (units < 1 || units > MAX_AMOUNT) {
            throw new InvalidValue(
                    field,
                    "duration.amount",
                    "时限须为 1 到 " + MAX_AMOUNT + " 之间的整数",
                    "the limit must be a whole number from 1 to " + MAX_AMOUNT);
        }
        Unit picked;
        try {
            picked = Unit.valueOf(unit == null ? "" : unit.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "duration.unit", "请选择时限单位", "choose the unit of the limit");
        }
        return picked.length.multipliedBy(units).toString();
    }
}
