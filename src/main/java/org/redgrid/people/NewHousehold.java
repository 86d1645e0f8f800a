package org.redgrid.people;

/** A household to register: grid, and optionally building (by id), unit and room. */
public record NewHousehold(String gridCode, Long buildingId, String unit, String room, String address) {}
