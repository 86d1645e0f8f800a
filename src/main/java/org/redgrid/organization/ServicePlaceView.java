package org.redgrid.organization;

/** A service place, where it is, when it is open, what it offers and whom to call. */
public record ServicePlaceView(
        long id,
        ServicePlaceKind kind,
        String name,
        String address,
        String scopeCode,
        Double lat,
        Double lng,
        String openingHours,
        String services,
        String contact) {}
