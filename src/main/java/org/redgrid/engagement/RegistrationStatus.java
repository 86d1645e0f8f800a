package org.redgrid.engagement;

/** Where a 双报到 registration stands: the community approves or declines it. */
public enum RegistrationStatus {
    PENDING("待审核"),
    APPROVED("已报到"),
    DECLINED("未通过");

    private final String nameZh;

    RegistrationStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
