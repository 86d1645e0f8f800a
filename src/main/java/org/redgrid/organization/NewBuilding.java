package org.redgrid.organization;

/** A building to create in a grid, with its number of units (named 1单元, 2单元 …). */
public record NewBuilding(String gridCode, String name, String address, Integer units) {}
