package org.redgrid.casework.internal;

import java.time.Instant;
import java.util.List;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.WhistleTarget;
import org.redgrid.shared.Actor;

/** A case as the API and pages show it to one actor: its light, and the actions this actor may take. */
public final class CaseViews {

    private CaseViews() {}

    public static CaseView of(Case c, Actor actor, Instant now) {
        CaseFacts f = c.facts;
        return new CaseView(
                f.id(),
                f.number(),
                f.type(),
                f.category(),
                f.categoryName(),
                f.urgency(),
                f.source(),
                c.status,
                c.level.digits(),
                f.gridCode(),
                f.title(),
                f.description(),
                f.address(),
                f.lat(),
                f.lng(),
                f.reporter(),
                c.owner,
                c.assignee,
                f.createdAt(),
                c.dispatchedAt,
                c.lines.warnAt(),
                c.lines.deadlineAt(),
                DeadlinePolicy.light(c.status.isOpen(), c.lines, c.suspendedSince, c.warnedAt, c.overdueAt, now),
                c.suspended(),
                c.reworkCount,
                c.closedAt,
                c.resolved,
                c.satisfaction,
                CaseGuards.offered(actor, c),
                c.extensionRequested == null ? null : c.extensionRequested.toString(),
                f.checklist());
    }

    /** The units summoned to the case and where each stands. */
    public static List<WhistleTarget> targets(Case c, Instant now) {
        return c.whistles.stream().map(w -> w.target(now)).toList();
    }
}
