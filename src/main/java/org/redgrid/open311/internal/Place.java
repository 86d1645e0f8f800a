package org.redgrid.open311.internal;

/** Where a request is: a grid inside the key's area, and the point, address and address id given. */
public record Place(String grid, Double lat, Double lng, String address, String addressId) {}
