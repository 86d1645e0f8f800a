package org.redgrid.casework;

import java.time.Instant;

/**
 * An open case of a public category near where a resident is about to report: what, how far and how
 * far it has come, and how many others said 我也遇到. Nothing about who reported or handles it.
 */
public record NearbyCase(
        long id,
        String number,
        String title,
        String category,
        String categoryName,
        CaseStatus status,
        int distanceMetres,
        Instant createdAt,
        int supporters,
        boolean supportedByMe) {}
