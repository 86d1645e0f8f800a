package org.redgrid.training;

import java.time.Instant;

/** A training wish on the demand list (培训需求意愿清单) and who took it. */
public record CourseOrderView(
        long id,
        String topic,
        String note,
        Long partyOrgId,
        String orderedBy,
        String scopeCode,
        OrderStatus status,
        Long teacherId,
        String teacherName,
        Long schoolId,
        Instant createdAt,
        Instant takenAt) {}
