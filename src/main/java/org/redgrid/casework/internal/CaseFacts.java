package org.redgrid.casework.internal;

import java.time.Instant;
import java.util.List;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.Urgency;

/** What a case was raised with and keeps: no action changes these. */
public record CaseFacts(
        long id,
        String number,
        CaseType type,
        String category,
        String categoryName,
        Urgency urgency,
        CaseSource source,
        String gridCode,
        String title,
        String description,
        String address,
        Double lat,
        Double lng,
        String reporter,
        Instant createdAt,
        List<String> checklist,
        boolean photoRequired) {

    public CaseFacts {
        checklist = List.copyOf(checklist);
    }
}
