package org.redgrid.casework;

/** Where a case stands in the loop (GB/T 30428: 信息收集 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案 → 回访评价). */
public enum CaseStatus {
    INTAKE("待立案"),
    FILED("已立案"),
    DISPATCHED("已派遣"),
    HANDLING("处置中"),
    REPORTED("已反馈"),
    VERIFIED("已核查"),
    CLOSED("已结案"),
    RATED("已评价"),
    CANCELLED("不予立案");

    private final String nameZh;

    CaseStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Closed, rated and cancelled cases no longer run against a deadline. */
    public boolean isOpen() {
        return this != CLOSED && this != RATED && this != CANCELLED;
    }
}
