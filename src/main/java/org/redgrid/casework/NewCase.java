package org.redgrid.casework;

/**
 * A case to take in. The place is a grid code, or a latitude and longitude that resolve to the grid
 * whose boundary contains them (else the nearest grid centre within 2 km).
 */
public record NewCase(
        CaseType type,
        String category,
        Urgency urgency,
        CaseSource source,
        String gridCode,
        Double lat,
        Double lng,
        String address,
        String title,
        String description) {}
