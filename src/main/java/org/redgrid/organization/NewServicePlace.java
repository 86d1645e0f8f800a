package org.redgrid.organization;

/** A service place to register or change; opening hours as {@link OpeningHours} reads them. */
public record NewServicePlace(
        ServicePlaceKind kind,
        String name,
        String address,
        String scopeCode,
        Double lat,
        Double lng,
        String openingHours,
        String services,
        String contact) {}
