package org.redgrid.representation;

/** A home or station to set up: its kind, name, the division code it serves and its address. */
public record NewStation(StationKind kind, String name, String scopeCode, String address) {}
