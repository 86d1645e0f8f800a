package org.redgrid.scoring;

/** The stages of an assessment, in order: 自评, 交叉互评, 综合认定. */
public enum Stage {
    SELF("自评"),
    PEER("互评"),
    FINAL("综合认定");

    private final String nameZh;

    Stage(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
