package org.redgrid.representation.internal;

import java.time.Duration;
import java.time.Instant;
import org.redgrid.representation.ReplyState;

/**
 * 答复时限: a representative answers a resident's message within three days of receiving it ("24小时不打烊"
 * is when messages may arrive; the answer has its own limit). Half a day before the limit the message
 * is due soon; past it, overdue until answered. An answer keeps whether it came in time.
 */
public final class ReplyDeadline {

    /** How long a representative has to answer. */
    public static final Duration LIMIT = Duration.ofDays(3);

    /** How long before the limit a message counts as due soon. */
    public static final Duration WARNING = Duration.ofHours(12);

    private ReplyDeadline() {}

    public static Instant dueAt(Instant receivedAt) {
        return receivedAt.plus(LIMIT);
    }

    public static ReplyState state(Instant receivedAt, Instant repliedAt, Instant now) {
        Instant due = dueAt(receivedAt);
        if (repliedAt != null) return repliedAt.isAfter(due) ? ReplyState.ANSWERED_LATE : ReplyState.ANSWERED;
        if (now.isAfter(due)) return ReplyState.OVERDUE;
        if (!now.isBefore(due.minus(WARNING))) return ReplyState.DUE_SOON;
        return ReplyState.WAITING;
    }
}
