package org.redgrid.organization;

/** Ordinary grid, or 专属网格 for business districts and markets. */
public enum GridKind {
    ORDINARY("普通网格"),
    SPECIAL("专属网格");

    private final String nameZh;

    GridKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
