package org.redgrid.archives.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The keeper answers a request within a limit: one hour, the handling time the article sets for the
 * online service ("办理时限…控制在1小时以内"). A request unanswered past its due time is overdue.
 */
public record RequestDeadline(Duration limit) {

    public static final RequestDeadline ONE_HOUR = new RequestDeadline(Duration.ofHours(1));

    public RequestDeadline {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("the limit must be positive");
    }

    public Instant dueAt(Instant submitted) {
        return submitted.plus(limit);
    }

    /** Overdue while unanswered after the due time, or answered after it. */
    public boolean isOverdue(Instant submitted, Instant answered, Instant now) {
        Instant due = dueAt(submitted);
        return answered == null ? now.isAfter(due) : answered.isAfter(due);
    }
}
