package org.redgrid.organization;

/** Ordinary grid, or 专属网格 for business districts and markets. */
public enum GridKind {
    ORDINARY,
    SPECIAL
}
