package org.redgrid.organization;

/** A grid to create: the code is the community code plus a 3-digit sequence. */
public record NewGrid(
        String code,
        String name,
        GridKind kind,
        Integer households,
        Double centreLat,
        Double centreLng,
        String polygon) {}
