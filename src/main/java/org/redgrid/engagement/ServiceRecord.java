package org.redgrid.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * 纪实 and 双报告: a member's service over a period as the employer receives it — registration, posts,
 * activities attended with hours, and the points with their sources.
 */
public record ServiceRecord(
        MemberView member,
        LocalDate from,
        LocalDate to,
        List<RegistrationView> registrations,
        List<Attendance> attendance,
        List<PointEntryView> points,
        double hours,
        int total,
        int stars) {

    /** One activity attended. */
    public record Attendance(String title, String place, java.time.Instant at, double hours) {}
}
