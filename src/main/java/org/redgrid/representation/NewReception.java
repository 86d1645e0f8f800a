package org.redgrid.representation;

import java.time.Instant;

/** A reception to put on a station's schedule. */
public record NewReception(Long representativeId, Instant startsAt, Instant endsAt) {}
