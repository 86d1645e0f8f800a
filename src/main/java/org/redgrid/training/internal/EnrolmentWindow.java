package org.redgrid.training.internal;

import java.time.Instant;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;

/**
 * When members may enrol: from scheduling until enrolment closes, by default when the course starts. A
 * school may keep it open into the course (an online course that members join late) but not past its end.
 */
public record EnrolmentWindow(Instant closesAt) {

    /** The window of a course from {@code startsAt} to {@code endsAt}; closing after the end is refused. */
    public static EnrolmentWindow of(Instant startsAt, Instant endsAt, Instant closesAt) {
        if (closesAt == null) return new EnrolmentWindow(startsAt);
        if (closesAt.isAfter(endsAt)) {
            throw new InvalidValue(
                    "enrolmentClosesAt",
                    "enrolment.window",
                    "报名截止时间不能晚于课程结束时间",
                    "enrolment must close no later than the course ends");
        }
        return new EnrolmentWindow(closesAt);
    }

    public boolean isOpen(Instant now) {
        return now.isBefore(closesAt);
    }

    public void check(Instant now) {
        if (!isOpen(now)) throw new Conflict("enrolment.closed", "报名已截止", "enrolment has closed");
    }
}
