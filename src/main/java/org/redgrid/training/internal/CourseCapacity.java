package org.redgrid.training.internal;

import org.redgrid.shared.Conflict;
import org.redgrid.shared.InvalidValue;
import org.redgrid.training.CourseMode;

/**
 * How many members a course takes. A course held at a venue has its seats; a course online only may
 * leave them open (一校开课，全员同时在线参训), and then it admits everyone.
 */
public record CourseCapacity(Integer seats) {

    static final int MAX_SEATS = 100_000;

    public CourseCapacity {
        if (seats != null && (seats < 1 || seats > MAX_SEATS)) {
            throw new InvalidValue(
                    "capacity",
                    "course.capacity",
                    "容量须在 1 到 " + MAX_SEATS + " 人之间",
                    "capacity must be between 1 and " + MAX_SEATS);
        }
    }

    /** The capacity of a course held in this mode; seats are required wherever members sit in a room. */
    public static CourseCapacity of(CourseMode mode, Integer seats) {
        if (seats == null && mode != CourseMode.ONLINE) {
            throw new InvalidValue(
                    "capacity", "course.capacity", "线下课程须填写容量", "a course held at a venue needs a capacity");
        }
        return new CourseCapacity(seats);
    }

    /** Seats still free with this many enrolled; null when the course takes everyone. */
    public Integer seatsLeft(int enrolled) {
        return seats == null ? null : Math.max(0, seats - enrolled);
    }

    /** Refuses one more member once every seat is taken. */
    public void admit(int enrolled) {
        if (seats != null && enrolled >= seats) {
            throw new Conflict("course.full", "课程已满员", "the course is full");
        }
    }
}
