package org.redgrid.representation;

import java.time.Instant;

/** One opinion left in a review mailbox. */
public record Opinion(long id, String author, String text, Instant createdAt) {}
