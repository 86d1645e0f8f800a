package org.redgrid.casework;

import java.time.Instant;
import java.util.Set;

/**
 * A case as the API and pages show it to one user: {@code actions} are exactly the actions this user
 * may take on it now; {@code requiredDocuments} the category's checklist (一次告知); {@code
 * firstReceiver} the first member of staff who took it in (首问负责).
 */
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
        java.util.List<String> requiredDocuments,
        String firstReceiver) {}
