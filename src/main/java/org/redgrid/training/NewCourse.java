package org.redgrid.training;

import java.time.Instant;

/**
 * Schedules a course at a school: in person, online or both, with a capacity (required unless the course
 * is online only) and the moment enrolment closes (the start when absent). An order id marks the course
 * as the answer to that order.
 */
public record NewCourse(
        Long schoolId,
        String title,
        String topic,
        Long teacherId,
        Long orderId,
        CourseMode mode,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        Instant enrolmentClosesAt) {}
