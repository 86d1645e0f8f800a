package org.redgrid.casework;

import java.time.Instant;
import java.util.List;

/**
 * Something happened to a case: published inside the writing transaction. Listeners that write in the
 * same database (the inbox) hear it in that transaction; the others after it commits, durably, through
 * the event publication registry.
 *
 * @param kind what happened
 * @param units the partner units summoned, for WHISTLE and REPORT_IN_LATE
 * @param type, category, source what the case is and where it came from, so that a listener can tell
 *     whether the event concerns it without reading the case (and a listener's condition can keep the
 *     event publication registry from storing events it would ignore); null in publications stored
 *     before these fields existed
 */
public record CaseActionTaken(
        long caseId,
        String number,
        String title,
        String gridCode,
        CaseEventKind kind,
        CaseStatus status,
        int level,
        String actor,
        String reporter,
        String owner,
        String assignee,
        List<String> units,
        Instant at,
        CaseType type,
        String category,
        CaseSource source) {

    /** The event of a step taken on the case as {@code view} now shows it. */
    public static CaseActionTaken of(CaseView view, CaseEventKind kind, String actor, List<String> units, Instant at) {
        return new CaseActionTaken(
                view.id(),
                view.number(),
                view.title(),
                view.gridCode(),
                kind,
                view.status(),
                view.level(),
                actor,
                view.reporter(),
                view.owner(),
                view.assignee(),
                units,
                at,
                view.type(),
                view.category(),
                view.source());
    }
}
