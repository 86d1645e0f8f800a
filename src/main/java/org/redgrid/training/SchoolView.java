package org.redgrid.training;

/** A school or teaching point, with the division it serves and the service place it uses, if any. */
public record SchoolView(
        long id, SchoolKind kind, String name, String scopeCode, Long parentId, Long servicePlaceId, String address) {}
