package org.redgrid.organization;

/** A division of the administrative tree, by its natural-length code. */
public record DivisionView(String code, String name, int level, String levelName, String parentCode) {}
