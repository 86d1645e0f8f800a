package org.redgrid.representation;

/** A message taken in: its id, status, and the receipt with which a writer without an account follows it. */
public record MessageReceipt(long id, MessageStatus status, String receipt) {}
