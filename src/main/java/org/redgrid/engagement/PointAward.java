package org.redgrid.engagement;

import java.util.Optional;
import org.redgrid.shared.InvalidValue;

/**
 * The one rule for how many points an event earns: a rule and the source it takes, the county's
 * rates, the yearly cap, and an approver for every manual award. An award that the cap leaves at zero
 * is no award. The ledger adds at most one entry per member, rule and source, and corrects an entry
 * only by a reversing one.
 */
public record PointAward(PointRule rule, PointSource source, int points, int minutes, String approver) {

    public PointAward {
        if (rule == null) throw new InvalidValue("rule", "required", "须指定积分规则", "rule is required");
        if (source == null) throw new InvalidValue("source", "points.source", "每笔积分须有来源", "every award needs a source");
        if (source.kind() != rule.source()) {
            throw new InvalidValue(
                    "source",
                    "points.source-kind",
                    "该积分规则的来源须为 " + rule.source().name().toLowerCase(java.util.Locale.ROOT),
                    "this rule takes a " + rule.source().name().toLowerCase(java.util.Locale.ROOT) + " source");
        }
        if (rule.needsApprover() && (approver == null || approver.isBlank())) {
            throw new InvalidValue("approver", "points.approver", "手工积分须有审批人", "a manual award needs an approver");
        }
    }

    /** Hours at an activity: the county's rate per hour for whole quarter hours, within the yearly cap. */
    public static Optional<PointAward> forService(
            PointRules rules, PointSource checkIn, int minutes, int earnedThisYear) {
        int quarters = Math.max(minutes, 0) / 15;
        int points = rules.perServiceHour() * quarters / 4;
        return capped(rules, new PointAward(PointRule.SERVICE_HOURS, checkIn, points, minutes, null), earnedThisYear);
    }

    /** A micro-wish or service order completed through the case engine. */
    public static Optional<PointAward> forCase(
            PointRules rules, PointRule rule, PointSource closedCase, int earnedThisYear) {
        if (rule != PointRule.MICRO_WISH && rule != PointRule.SERVICE_ORDER) {
            throw new IllegalArgumentException("not a case rule: " + rule);
        }
        return capped(rules, new PointAward(rule, closedCase, rules.perUnit(rule), 0, null), earnedThisYear);
    }

    /**
     * A party-school course the member attended (党员教育): the county's rate for a learning session, once
     * per course; the school's attendance record stands for the approval.
     */
    public static Optional<PointAward> forCourse(PointRules rules, PointSource course, int earnedThisYear) {
        if (course.kind() != PointSource.Kind.LEARNING) throw new IllegalArgumentException("not a course: " + course);
        return capped(
                rules,
                new PointAward(PointRule.LEARNING, course, rules.perLearningSession(), 0, COURSE_ATTENDANCE),
                earnedThisYear);
    }

    /** Who approves a course's learning points: the party school's attendance record. */
    public static final String COURSE_ATTENDANCE = "training:attendance";

    /**
     * An award by staff: a learning session earns the county's rate, a manual award or deduction the
     * points asked for (1 to the county's largest manual award; a deduction is entered negative).
     */
    public static Optional<PointAward> byHand(
            PointRules rules, PointRule rule, PointSource source, Integer asked, String approver, int earnedThisYear) {
        if (!PointRule.MANUAL.contains(rule)) {
            throw new InvalidValue(
                    "rule",
                    "points.manual-rule",
                    "该规则的积分只能由活动签到或办结诉求产生",
                    "this rule is awarded only from check-ins and closed cases");
        }
        int points;
        if (rule == PointRule.LEARNING) {
            points = rules.perLearningSession();
        } else {
            if (asked == null || asked < 1 || asked > rules.manualMax()) {
                throw new InvalidValue(
                        "points",
                        "points.manual-range",
                        "手工积分须在 1 到 " + rules.manualMax() + " 之间",
                        "manual points must be between 1 and " + rules.manualMax());
            }
            points = rule == PointRule.DEDUCTION ? -asked : asked;
        }
        return capped(rules, new PointAward(rule, source, points, 0, approver), earnedThisYear);
    }

    /** The entry that cancels an earlier one: the same rule and source, the opposite points. */
    public static PointAward reversing(PointRule rule, PointSource source, int points, String approver) {
        return new PointAward(rule, source, -points, 0, approver == null ? "system" : approver);
    }

    private static Optional<PointAward> capped(PointRules rules, PointAward award, int earnedThisYear) {
        if (award.points() <= 0) return award.points() < 0 ? Optional.of(award) : Optional.empty();
        int room = Math.max(rules.yearlyCap() - earnedThisYear, 0);
        int points = Math.min(award.points(), room);
        if (points == 0) return Optional.empty();
        return Optional.of(new PointAward(award.rule(), award.source(), points, award.minutes(), award.approver()));
    }
}
