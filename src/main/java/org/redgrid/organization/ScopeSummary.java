package org.redgrid.organization;

/** How much of the hierarchy lies inside a scope, for home pages. */
public record ScopeSummary(DivisionView root, long divisions, long grids, long buildings) {}
