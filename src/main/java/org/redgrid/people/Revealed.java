package org.redgrid.people;

/** The plain value of one sensitive field, returned by the audited reveal action. */
public record Revealed(long personId, String field, String value) {}
