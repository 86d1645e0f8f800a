package org.redgrid.casework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one ladder of handling levels (处置层级), each named by the significant digits of its codes:
 * grid 15 → community 12 → street 9 → county 6 → league/city 4 → region 2. A case is handled at one
 * of them and goes up it one rung at a time.
 */
public enum DivisionLevel {
    GRID(15),
    COMMUNITY(12),
    STREET(9),
    COUNTY(6),
    CITY(4),
    REGION(2);

    private final int digits;

    DivisionLevel(int digits) {
        this.digits = digits;
    }

    public int digits() {
        return digits;
    }

    /** The level whose codes have {@code digits} significant digits, if it is one of the ladder. */
    public static Optional<DivisionLevel> ofDigits(int digits) {
        return Arrays.stream(values()).filter(level -> level.digits == digits).findFirst();
    }

    /** The level of a case as stored (its {@code level} column); a stored level is always on the ladder. */
    public static DivisionLevel of(int digits) {
        return ofDigits(digits).orElseThrow(() -> new IllegalArgumentException("not a handling level: " + digits));
    }

    /** The rung above, or empty at the region. */
    public Optional<DivisionLevel> above() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** Whether this level lies above {@code other} on the ladder (a wider area). */
    public boolean isAbove(DivisionLevel other) {
        return ordinal() > other.ordinal();
    }

    /**
     * The same ladder as a SQL expression over an integer column, for set-based updates that move many
     * cases one rung up at once; the region stays where it is.
     */
    public static String sqlAbove(String column) {
        StringBuilder sql = new StringBuilder("case ").append(column);
        for (DivisionLevel level : values()) {
            level.above()
                    .ifPresent(up -> sql.append(" when ")
                            .append(level.digits)
                            .append(" then ")
                            .append(up.digits));
        }
        return sql.append(" else ").append(column).append(" end").toString();
    }
}
