package org.redgrid.organization;

/** A service place near a resident: its walking distance and whether it is open now. */
public record NearbyPlace(
        long id,
        String name,
        ServicePlaceKind kind,
        String kindName,
        long distanceMetres,
        long walkingMinutes,
        boolean openNow,
        String openingHours,
        String address,
        String services,
        String contact,
        double lat,
        double lng) {}
