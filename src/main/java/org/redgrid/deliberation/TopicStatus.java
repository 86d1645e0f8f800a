package org.redgrid.deliberation;

/** Where a topic stands: gathered, on a meeting's agenda, decided by a vote, or merged into another. */
public enum TopicStatus {
    OPEN("征集中"),
    ON_AGENDA("已列入议程"),
    DECIDED("已表决"),
    MERGED("已合并");

    private final String nameZh;

    TopicStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
