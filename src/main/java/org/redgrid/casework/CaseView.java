package org.redgrid.casework;

import java.time.Instant;
import java.util.Set;

/** A case as the API and pages show it, with the actions its current status allows. */
public record CaseView(
        long id,
        String number,
        CaseType type,
        String category,
        String categoryName,
        Urgency urgency,
        CaseSource source,
        CaseStatus status,
        int level,
        String gridCode,
        String title,
        String description,
        String address,
        Double lat,
        Double lng,
        String reporter,
        String owner,
        String assignee,
        Instant createdAt,
        Instant dispatchedAt,
        Instant warnAt,
        Instant deadlineAt,
        DeadlineState deadlineState,
        boolean suspended,
        int reworkCount,
        Instant closedAt,
        Boolean resolved,
        Satisfaction satisfaction,
        Set<CaseAction> actions,
        String extensionRequested,
        java.util.List<String> requiredDocuments) {}
