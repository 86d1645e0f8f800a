package org.redgrid.scoring;

/** A saved scheme: its id, which pins one version, and that version's number within its key. */
public record SchemeRef(long id, int version) {}
