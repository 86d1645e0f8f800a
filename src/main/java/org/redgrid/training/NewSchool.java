package org.redgrid.training;

/** Registers a school or teaching point for a division, optionally under a school and at a service place. */
public record NewSchool(
        SchoolKind kind, String name, String scopeCode, Long parentId, Long servicePlaceId, String address) {}
