package org.redgrid.casework.internal;

import java.time.Instant;
import java.util.List;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;

/**
 * What departments' systems receive for every case action (docs/kafka.md): a stable public shape,
 * versioned by {@code schema}. It names the case, where it is and how far it has come, and nothing
 * about people: no title or description (free text names residents), no reporter, actor, owner or
 * assignee. A department reads the rest through the API with its own account and scope.
 *
 * @param divisionCode the county (旗县区) the case belongs to, the first six digits of its grid code
 * @param units the partner units summoned, for WHISTLE and REPORT_IN_LATE; empty otherwise
 */
record CaseMessage(
        String schema,
        long caseId,
        String number,
        CaseEventKind kind,
        CaseType type,
        String category,
        CaseStatus status,
        int level,
        String divisionCode,
        String gridCode,
        List<String> units,
        Instant at) {

    static final String SCHEMA = "redgrid.case-event/1";

    static CaseMessage of(CaseActionTaken event, CaseType type, String category) {
        return new CaseMessage(
                SCHEMA,
                event.caseId(),
                event.number(),
                event.kind(),
                type,
                category,
                event.status(),
                event.level(),
                event.gridCode().substring(0, 6),
                event.gridCode(),
                event.units() == null ? List.of() : List.copyOf(event.units()),
                event.at());
    }
}
