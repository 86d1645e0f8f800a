package org.redgrid.engagement;

import java.util.Set;

/**
 * Why points were given (积分规则): each rule takes one kind of source, and manual rules need an approver.
 * There is deliberately no rule for logging in, daily sign-ins, online time, reading inside the app or
 * forwarding: points reward real service and learning, never use of the app (基层减负).
 */
public enum PointRule {
    /** Hours at an activity, from its check-in. */
    SERVICE_HOURS(PointSource.Kind.CHECKIN, false),
    /** 微心愿 completed through the case engine. */
    MICRO_WISH(PointSource.Kind.CASE, false),
    /** 点单 service order completed through the case engine. */
    SERVICE_ORDER(PointSource.Kind.CASE, false),
    /** A learning session attended (党课, 读书会), recorded by staff. */
    LEARNING(PointSource.Kind.LEARNING, true),
    /** A manual award for service the other rules do not cover. */
    MANUAL_AWARD(PointSource.Kind.MANUAL, true),
    /** A deduction (扣分) with its reason. */
    DEDUCTION(PointSource.Kind.MANUAL, true);

    /** The rules staff may award by hand; the others come only from check-ins and closed cases. */
    public static final Set<PointRule> MANUAL = Set.of(LEARNING, MANUAL_AWARD, DEDUCTION);

    private final PointSource.Kind source;
    private final boolean needsApprover;

    PointRule(PointSource.Kind source, boolean needsApprover) {
        this.source = source;
        this.needsApprover = needsApprover;
    }

    public PointSource.Kind source() {
        return source;
    }

    public boolean needsApprover() {
        return needsApprover;
    }
}
