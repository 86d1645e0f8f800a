package org.redgrid.training.internal;

import java.time.Duration;
import org.redgrid.shared.InvalidValue;

/**
 * Online attendance counts when the member joined and stayed: connected for at least a minimum share of
 * the course time. Time connected beyond the course (joining early) counts as the whole course.
 */
public record OnlineAttendance(int minimumPercent) {

    /** The share the platform applies: four fifths of the course. */
    public static final OnlineAttendance STANDARD = new OnlineAttendance(80);

    public OnlineAttendance {
        if (minimumPercent < 1 || minimumPercent > 100) {
            throw new IllegalArgumentException("the minimum share is a percentage from 1 to 100: " + minimumPercent);
        }
    }

    /** Whether {@code minutesOnline} of a course lasting {@code course} is attendance. */
    public boolean counts(Duration course, Integer minutesOnline) {
        if (minutesOnline == null) {
            throw new InvalidValue(
                    "minutesOnline", "required", "在线参训须填写在线时长（分钟）", "online attendance needs the minutes online");
        }
        if (minutesOnline < 0) {
            throw new InvalidValue(
                    "minutesOnline", "attendance.online", "在线时长不能为负数", "minutes online must not be negative");
        }
        long stayed = Math.min(minutesOnline, course.toMinutes());
        return stayed * 100 >= course.toMinutes() * minimumPercent;
    }
}
