package org.redgrid.shared;

/**
 * The five levels of the statistical division code (统计用区划代码), keyed by how many leading
 * digits are significant at that level.
 */
public enum DivisionLevel {
    PROVINCE(2, "省级"),
    CITY(4, "地级"),
    COUNTY(6, "县级"),
    TOWN(9, "乡级"),
    VILLAGE(12, "村级");

    private final int digits;
    private final String nameZh;

    DivisionLevel(int digits, String nameZh) {
        this.digits = digits;
        this.nameZh = nameZh;
    }

    public int digits() {
        return digits;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Throws IllegalArgumentException for any length that is not a level, so callers cannot guess one. */
    public static DivisionLevel ofDigits(int digits) {
        for (DivisionLevel level : values()) {
            if (level.digits == digits) {
                return level;
            }
        }
        throw new IllegalArgumentException("no division level has " + digits + " digits");
    }

    /** Where this level's own segment starts, i.e. the digit count of the level above. */
    int segmentStart() {
        return ordinal() == 0 ? 0 : values()[ordinal() - 1].digits;
    }
}
