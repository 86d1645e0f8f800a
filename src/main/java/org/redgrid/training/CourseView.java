package org.redgrid.training;

import java.time.Instant;

/**
 * A course as lists and pages show it; {@code enrolmentOpen} and {@code seatsLeft} are the answers of the
 * enrolment rules, so a page offers enrolment exactly when the API would take it.
 */
public record CourseView(
        long id,
        long schoolId,
        String schoolName,
        String title,
        String topic,
        Long teacherId,
        String teacherName,
        Long orderId,
        CourseMode mode,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        Instant enrolmentClosesAt,
        int enrolled,
        int attended,
        Integer seatsLeft,
        boolean enrolmentOpen,
        String scopeCode) {}
