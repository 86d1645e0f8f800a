package org.redgrid.archives;

/** A file to open for a person of the registry at a holding unit, with where its paper file lies. */
public record NewFile(Long person, String holder, String paperLocation) {}
