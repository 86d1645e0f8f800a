package org.redgrid.casework;

/** How fast a case must be handled; each category sets a time limit per urgency. */
public enum Urgency {
    GENERAL("一般"),
    URGENT("紧急"),
    CRITICAL("特急");

    private final String nameZh;

    Urgency(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
