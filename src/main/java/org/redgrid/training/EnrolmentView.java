package org.redgrid.training;

import java.time.Instant;

/** A member enrolled in a course, with their attendance once recorded. */
public record EnrolmentView(
        long id,
        long courseId,
        long member,
        String memberName,
        String gridCode,
        Long partyOrgId,
        Instant enrolledAt,
        AttendanceMode attendanceMode,
        Integer minutesOnline,
        Boolean attended) {}
