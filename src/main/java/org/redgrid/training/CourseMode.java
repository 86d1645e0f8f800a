package org.redgrid.training;

/** How a course is held: at the venue, online (一校开课，全员同时在线参训), or both at once. */
public enum CourseMode {
    IN_PERSON("线下"),
    ONLINE("线上"),
    BLENDED("线上线下同步");

    private final String nameZh;

    CourseMode(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether a member may attend the course in this way. */
    public boolean allows(AttendanceMode mode) {
        return this == BLENDED || name().equals(mode.name());
    }
}
