package org.redgrid.deliberation;

import java.time.Instant;
import java.util.List;

/** A meeting was scheduled; its invitees (resolved to usernames) are told in their inbox and the robots. */
public record MeetingScheduled(
        long meetingId,
        String community,
        String title,
        String typeName,
        Instant startsAt,
        String place,
        List<String> recipients) {}
