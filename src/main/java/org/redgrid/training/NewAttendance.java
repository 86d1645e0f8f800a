package org.redgrid.training;

/**
 * A member's attendance: {@code IN_PERSON} with the venue's code when signed in from its QR code, or
 * {@code ONLINE} with the minutes the member stayed connected.
 */
public record NewAttendance(Long member, AttendanceMode mode, String venueCode, Integer minutesOnline) {}
