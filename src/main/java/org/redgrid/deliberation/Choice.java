package org.redgrid.deliberation;

/** A voter's choice on a motion: 同意, 反对, 弃权. */
public enum Choice {
    FOR("同意"),
    AGAINST("反对"),
    ABSTAIN("弃权");

    private final String nameZh;

    Choice(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
