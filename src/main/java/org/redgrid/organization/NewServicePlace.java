package org.redgrid.organization;

/** A service place to register. */
public record NewServicePlace(
        ServicePlaceKind kind, String name, String address, String scopeCode, Double lat, Double lng) {}
