package org.redgrid.archives;

/** Where an access request (查阅申请) stands. */
public enum RequestStatus {
    PENDING("待审批"),
    APPROVED("已同意"),
    DECLINED("已拒绝");

    private final String nameZh;

    RequestStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
