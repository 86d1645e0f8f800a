package org.redgrid.archives;

import java.time.Instant;
import java.util.List;

/** An access request with its answer; {@code overdue} once the keeper's answer is later than the limit. */
public record RequestView(
        long id,
        long file,
        String cadreName,
        String reader,
        String unit,
        List<String> parts,
        String purpose,
        String serviceItem,
        RequestStatus status,
        Instant submittedAt,
        Instant dueAt,
        boolean overdue,
        String decidedBy,
        Instant decidedAt,
        String reason,
        Instant validUntil,
        boolean download,
        boolean live,
        boolean decidable) {}
