package org.redgrid.archives;

/** The keeper's approval: how many days the reader may read (default 3) and whether they may download. */
public record Approval(Integer days, Boolean download) {}
