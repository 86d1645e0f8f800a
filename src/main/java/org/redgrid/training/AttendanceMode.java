package org.redgrid.training;

/** How a member attended: signed in at the venue by its QR code, or joined online and stayed. */
public enum AttendanceMode {
    IN_PERSON("现场签到"),
    ONLINE("在线参训");

    private final String nameZh;

    AttendanceMode(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
