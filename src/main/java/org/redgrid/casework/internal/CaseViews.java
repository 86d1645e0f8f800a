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
                c.clock.dispatchedAt,
                c.clock.lines.warnAt(),
                c.clock.lines.deadlineAt(),
                c.clock.light(c.status.isOpen(), now),
                c.suspended(),
                c.reworkCount,
                c.closedAt,
                c.resolved,
                c.satisfaction,
                CaseGuards.offered(actor, c),
                c.clock.extensionRequested == null ? null : c.clock.extensionRequested.toString(),
                f.checklist(),
                c.firstReceiver);
    }

    /** The units summoned to the case and where each stands. */
    public static List<WhistleTarget> targets(Case c, Instant now) {
        return c.summons.whistles.stream().map(w -> w.target(now)).toList();
    }
}
