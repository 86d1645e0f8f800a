package org.redgrid.engagement;

import java.time.Instant;

/** An activity of a team (or of the community itself) with its place, time and capacity. */
public record NewActivity(
        Long team, String community, String title, Instant startsAt, Instant endsAt, String place, Integer capacity) {}
