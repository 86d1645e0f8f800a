package org.redgrid.deliberation;

import java.math.BigDecimal;

/**
 * The meeting forms the articles name, each with who votes and the rule it uses unless the meeting
 * says otherwise. Only the melon-shed rule is the article's; the others are the platform's defaults.
 */
public enum MeetingType {
    NEIGHBOUR_NIGHT("邻里夜话", Entitlement.COMMUNITY_RESIDENTS, rule("0", MajorityRule.Base.PRESENT, false)),
    MELON_SHED("瓜棚议事会", Entitlement.COMMUNITY_RESIDENTS, MajorityRule.MELON_SHED),
    CONSULTATION("协商议事会", Entitlement.HOUSEHOLD_REPRESENTATIVES, rule("0", MajorityRule.Base.PRESENT, false)),
    JOINT_COMMITTEE("党建联席会议", Entitlement.MEMBER_UNITS, rule("0.5", MajorityRule.Base.ENTITLED, false)),
    MORAL_REVIEW("道德评议团", Entitlement.COMMUNITY_RESIDENTS, rule("0", MajorityRule.Base.PRESENT, false));

    private final String nameZh;
    private final Entitlement entitlement;
    private final MajorityRule defaultRule;

    MeetingType(String nameZh, Entitlement entitlement, MajorityRule defaultRule) {
        this.nameZh = nameZh;
        this.entitlement = entitlement;
        this.defaultRule = defaultRule;
    }

    private static MajorityRule rule(String quorum, MajorityRule.Base base, boolean atLeastHalf) {
        return new MajorityRule(
                new BigDecimal(quorum),
                base,
                atLeastHalf ? MajorityRule.Threshold.AT_LEAST_HALF : MajorityRule.Threshold.MORE_THAN_HALF);
    }

    public String nameZh() {
        return nameZh;
    }

    public Entitlement entitlement() {
        return entitlement;
    }

    public MajorityRule defaultRule() {
        return defaultRule;
    }
}
