package org.redgrid.training;

import java.math.BigDecimal;

/** The answer to a recorded attendance: whether it counts, and the hours credited when it does. */
public record AttendanceRecorded(
        long enrolment,
        long member,
        long course,
        AttendanceMode mode,
        boolean attended,
        BigDecimal hours,
        String rule) {}
