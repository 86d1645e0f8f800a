package org.redgrid.people;

import java.time.Instant;

/** A visit to record; {@code visitedAt} defaults to now and may not lie in the future. */
public record NewVisit(Long personId, Long ledgerEntryId, Instant visitedAt, String content, String followUp) {}
