package org.redgrid.deliberation;

/**
 * 表决资格: who may vote at a meeting, and what one vote stands for. Household representatives vote once
 * per household (any adult member may carry the household's vote), residents each for themselves, member
 * units of a joint committee once per unit.
 */
public enum Entitlement {
    HOUSEHOLD_REPRESENTATIVES("户代表"),
    COMMUNITY_RESIDENTS("本社区（村）居民"),
    MEMBER_UNITS("联席会议成员单位");

    private final String nameZh;

    Entitlement(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether the voter may vote at a meeting of the {@code community} (a 12-digit division code). */
    public boolean admits(Voter voter, String community) {
        return switch (this) {
            case HOUSEHOLD_REPRESENTATIVES, COMMUNITY_RESIDENTS ->
                voter.resident()
                        && voter.placeCode() != null
                        && voter.placeCode().startsWith(community);
            case MEMBER_UNITS -> voter.unit() != null;
        };
    }

    /** What one vote stands for: two voters with the same ballot may not both be on the roll. */
    public String ballotOf(Voter voter) {
        return switch (this) {
            case HOUSEHOLD_REPRESENTATIVES ->
                voter.householdId() == null ? voter.key() : "household:" + voter.householdId();
            case COMMUNITY_RESIDENTS -> voter.key();
            case MEMBER_UNITS -> "unit:" + voter.unit();
        };
    }
}
