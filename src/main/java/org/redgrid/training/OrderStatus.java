package org.redgrid.training;

/** Where a course order (点单) stands: open, taken by a teacher (接单), or scheduled as a course. */
public enum OrderStatus {
    OPEN("待接单"),
    TAKEN("已接单"),
    SCHEDULED("已排课");

    private final String nameZh;

    OrderStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
