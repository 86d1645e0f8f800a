package org.redgrid.casework;

import java.time.Instant;

/**
 * One immutable step of a case: who did what, when, from which status to which, and why. The action
 * is a {@link CaseAction} name, or {@code CREATE} for the intake itself.
 */
public record CaseEventView(
        long id,
        String action,
        CaseStatus fromStatus,
        CaseStatus toStatus,
        String actor,
        Instant at,
        String note,
        String data) {}
