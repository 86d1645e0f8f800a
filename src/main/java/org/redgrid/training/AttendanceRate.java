package org.redgrid.training;

/**
 * Attendance of one school or branch in a period: enrolments, those attended, members who attended at
 * least once, and the attendance rate in percent (attended of enrolled, one decimal; null with no enrolment).
 */
public record AttendanceRate(long id, String name, long enrolled, long attended, long members, Double rate) {}
