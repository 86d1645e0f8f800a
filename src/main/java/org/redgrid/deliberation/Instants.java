package org.redgrid.deliberation;

import java.time.Instant;
import org.redgrid.shared.InvalidValue;

/** Times a meeting or vote may be set at: years 1970 to 9999, so no storage or arithmetic overflows. */
final class Instants {

    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private Instants() {}

    static Instant check(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new InvalidValue(
                    field, "time.range", "时间须在 1970 年至 9999 年之间", "a time must lie between 1970 and 9999");
        }
        return value;
    }
}
