package org.redgrid.people;

/** 户: a household at an address in a grid, with how many persons are registered in it. */
public record HouseholdView(
        long id,
        String gridCode,
        Long buildingId,
        String buildingName,
        String unit,
        String room,
        String address,
        int members) {}
