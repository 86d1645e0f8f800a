package org.redgrid.people;

/** Where a move-in request stands; only a pending request may be decided. */
public enum MoveInStatus {
    PENDING("待处理"),
    ACCEPTED("已迁入"),
    DECLINED("已拒绝"),
    /** Another request for the same person was accepted first. */
    LAPSED("已失效");

    private final String nameZh;

    MoveInStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
