package org.redgrid.engagement;

/** 两认岗 and 党员岗: the posts a registered member applies for; head posts are bound to a building or unit. */
public enum PostKind {
    BUILDING_HEAD("楼栋长"),
    UNIT_HEAD("单元长"),
    PIONEER("党员先锋岗"),
    RESPONSIBILITY("党员责任岗"),
    DEMONSTRATION("党员示范岗");

    private final String nameZh;

    PostKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether the post is bound to a building (and for a unit head, a unit of it). */
    public boolean boundToBuilding() {
        return this == BUILDING_HEAD || this == UNIT_HEAD;
    }
}
