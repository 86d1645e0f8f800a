package org.redgrid.representation;

/** An opinion to leave in a review mailbox. */
public record NewOpinion(String text) {}
