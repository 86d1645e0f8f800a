package org.redgrid.training;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A member attended a course (in person or online long enough to count): for modules that award points
 * to members or score party schools. {@code gridCode} and {@code partyOrgId} are the member's at
 * enrolment; {@code schoolScopeCode} is the division of the school that held the course.
 */
public record CourseAttended(
        long member,
        long course,
        long school,
        String schoolScopeCode,
        String gridCode,
        Long partyOrgId,
        AttendanceMode mode,
        BigDecimal hours,
        Instant at) {}
