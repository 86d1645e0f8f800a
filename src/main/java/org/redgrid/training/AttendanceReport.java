package org.redgrid.training;

import java.time.LocalDate;
import java.util.List;

/** Attendance per school and per branch of the courses that started in a period, inside the caller's scope. */
public record AttendanceReport(
        LocalDate from, LocalDate to, List<AttendanceRate> schools, List<AttendanceRate> branches) {}
