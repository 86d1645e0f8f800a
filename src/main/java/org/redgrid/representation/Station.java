package org.redgrid.representation;

/** A home or station of representatives and the division or community it serves. */
public record Station(long id, StationKind kind, String name, String scopeCode, String address) {}
