package org.redgrid.casework;

/** Filters of the case list, all optional, always inside what the actor may see. */
public record CaseQuery(CaseStatus status, CaseType type, String category, String division, Boolean overdue) {}
