package org.redgrid.casework.internal;

import java.time.Instant;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.WhistleRole;
import org.redgrid.casework.WhistleTarget;

/** 吹哨报到: one unit summoned to a case, and how far it has come (reported in, reported back). */
public final class Whistle {

    final Long id;
    final String unit;
    final String unitName;
    final WhistleRole role;
    final Instant whistledAt;
    final Instant reportInDue;
    Instant reportedInAt;
    String reportedInBy;
    Instant reportedBackAt;
    String reportedBackBy;
    final Instant lateMarkedAt;
    Instant releasedAt;
    String releasedBy;
    String releaseReason;
    Satisfaction rating;
    String ratedBy;

    Whistle(
            Long id,
            String unit,
            String unitName,
            WhistleRole role,
            Instant whistledAt,
            Instant reportInDue,
            Instant lateMarkedAt) {
        this.id = id;
        this.unit = unit;
        this.unitName = unitName;
        this.role = role;
        this.whistledAt = whistledAt;
        this.reportInDue = reportInDue;
        this.lateMarkedAt = lateMarkedAt;
    }

    /** A unit summoned now, to report in by {@code due}. */
    public static Whistle summon(String unit, String unitName, WhistleRole role, Instant now, Instant due) {
        return new Whistle(null, unit, unitName, role, now, due, null);
    }

    /** This summons in {@code role} when it names none (a replacement takes the released unit's role). */
    Whistle inRoleUnlessNamed(WhistleRole role) {
        return this.role != null ? this : summon(unit, unitName, role, whistledAt, reportInDue);
    }

    public String unit() {
        return unit;
    }

    boolean reportedIn() {
        return reportedInAt != null;
    }

    boolean reportedBack() {
        return reportedBackAt != null;
    }

    boolean released() {
        return releasedAt != null;
    }

    WhistleTarget target(Instant now) {
        boolean late = lateMarkedAt != null
                || (reportedInAt == null ? !released() && now.isAfter(reportInDue) : reportedInAt.isAfter(reportInDue));
        return new WhistleTarget(
                unit,
                unitName,
                role,
                whistledAt,
                reportInDue,
                reportedInAt,
                reportedInBy,
                reportedBackAt,
                reportedBackBy,
                late,
                releasedAt,
                releaseReason,
                rating);
    }
}
