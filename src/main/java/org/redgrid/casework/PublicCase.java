package org.redgrid.casework;

import java.time.Instant;

/**
 * The public view of a case of a public category: what was reported where, and how far it has come.
 * No reporter, handler or contact details.
 */
public record PublicCase(
        long id,
        String number,
        String category,
        String categoryName,
        CaseStatus status,
        String statusNote,
        String description,
        String address,
        Double lat,
        Double lng,
        String gridCode,
        int level,
        Instant createdAt,
        Instant updatedAt,
        Instant deadlineAt) {

    /** Closed for the public once answered: closed, rated or not taken up. */
    public boolean closed() {
        return !status.isOpen();
    }
}
