package org.redgrid.engagement;

/** A post applied for with a registration, approved with it. */
public record PostView(long id, PostKind kind, Long building, String unit) {}
