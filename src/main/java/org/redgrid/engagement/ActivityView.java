package org.redgrid.engagement;

import java.time.Instant;

/** An activity with its sign-ups and check-ins so far, and what the viewer may do with it. */
public record ActivityView(
        long id,
        Long team,
        String teamName,
        String community,
        String title,
        String place,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        int signedUp,
        int checkedIn,
        boolean signedUpByMe,
        boolean checkedInByMe) {}
