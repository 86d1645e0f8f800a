package org.redgrid.organization;

/**
 * 网格户数规范: an ordinary grid holds 300 to 500 households (a special grid, 专属网格, for a market or
 * business district has no such norm). Also compares the declared count with the households actually
 * registered in the grid, which is what the registry can prove.
 */
public record HouseholdNorm(int declared, long registered, GridKind kind) {

    public static final int FEWEST = 300;
    public static final int MOST = 500;

    /** Where the declared count stands against the norm. */
    public enum Standing {
        WITHIN,
        BELOW,
        ABOVE,
        NOT_APPLICABLE
    }

    public Standing standing() {
        if (kind == GridKind.SPECIAL) return Standing.NOT_APPLICABLE;
        if (declared < FEWEST) return Standing.BELOW;
        if (declared > MOST) return Standing.ABOVE;
        return Standing.WITHIN;
    }

    /** Whether the grid page must warn: outside the norm. */
    public boolean outsideNorm() {
        return standing() == Standing.BELOW || standing() == Standing.ABOVE;
    }

    /** Households declared but not (yet) registered in the household register; never negative. */
    public long unregistered() {
        return Math.max(0, declared - registered);
    }
}
