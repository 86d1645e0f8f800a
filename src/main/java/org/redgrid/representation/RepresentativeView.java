package org.redgrid.representation;

/** A representative as staff and the representative see them. */
public record RepresentativeView(
        long id,
        long stationId,
        String stationName,
        RepresentativeKind kind,
        String name,
        String username,
        String gridCode,
        String team,
        String intro) {}
