package org.redgrid.organization;

/** A service place and where it is. */
public record ServicePlaceView(
        long id, ServicePlaceKind kind, String name, String address, String scopeCode, Double lat, Double lng) {}
