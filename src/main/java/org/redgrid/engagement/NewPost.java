package org.redgrid.engagement;

/** A post applied for: its kind, and for a head post the building (and unit) it is bound to. */
public record NewPost(PostKind kind, Long building, String unit) {}
