package org.redgrid.scoring;

/** One saved version of a scheme with what it defines. */
public record SchemeView(long id, int version, String area, SchemeDefinition definition) {}
