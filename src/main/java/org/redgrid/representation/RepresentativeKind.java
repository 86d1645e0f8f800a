package org.redgrid.representation;

/** 人大代表 or 党代表 (party representatives work by the 四定工作法, often in teams). */
public enum RepresentativeKind {
    NPC("人大代表"),
    PARTY("党代表");

    private final String nameZh;

    RepresentativeKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
