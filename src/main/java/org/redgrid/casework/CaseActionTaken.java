package org.redgrid.casework;

import java.time.Instant;
import java.util.List;

/**
 * Something happened to a case: published inside the writing transaction and delivered to other
 * modules after it commits (durably, through the event publication registry).
 *
 * @param kind what happened
 * @param units the partner units summoned, for WHISTLE and REPORT_IN_LATE
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
        Instant at) {}
