package org.redgrid.engagement;

import java.time.Instant;

/**
 * A check-in: being at an activity at a time and place. {@code replayed} when the request repeated an
 * earlier one (same Idempotency-Key, or the member already checked in); {@code points} are what this
 * request awarded, always 0 on a replay.
 */
public record CheckInView(
        long id, long activity, long member, Instant at, String place, int minutes, int points, boolean replayed) {}
