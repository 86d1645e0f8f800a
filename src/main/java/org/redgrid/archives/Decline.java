package org.redgrid.archives;

/** The keeper's refusal, with the reason the reader is told. */
public record Decline(String reason) {}
