package org.redgrid.people;

/** Where a person link request stands; only a pending request may be confirmed or declined. */
public enum PersonLinkStatus {
    PENDING("待确认"),
    CONFIRMED("已关联"),
    DECLINED("未通过");

    private final String nameZh;

    PersonLinkStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
