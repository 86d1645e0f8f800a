package org.redgrid.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;

/**
 * Signing in at the venue: from half an hour before the course until it ends, with the code the venue's
 * QR code carries. Staff who run the course may sign a member in without it (they are at the door).
 */
public final class InPersonCheckIn {

    /** How long before the start the venue opens its sign-in. */
    public static final Duration EARLY = Duration.ofMinutes(30);

    private InPersonCheckIn() {}

    public static void check(
            Instant now, Instant startsAt, Instant endsAt, String venueCode, String given, boolean runsCourse) {
        if (now.isBefore(startsAt.minus(EARLY)) || now.isAfter(endsAt)) {
            throw new Conflict(
                    "attendance.window",
                    "现场签到只能在开课前30分钟至课程结束之间进行",
                    "signing in at the venue is open from 30 minutes before the start until the end");
        }
        if (given == null || given.isBlank()) {
            if (runsCourse) return;
            throw new InvalidValue(
                    "venueCode", "required", "现场签到须扫描教学场所的二维码", "signing in at the venue needs its QR code");
        }
        if (!MessageDigest.isEqual(
                venueCode.getBytes(StandardCharsets.UTF_8), given.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidValue(
                    "venueCode", "attendance.venue-code", "签到码与本课程不符", "the code is not this course's venue code");
        }
    }
}
