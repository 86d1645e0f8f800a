package org.redgrid.engagement;

/** The kinds of team the articles name. */
public enum TeamKind {
    VANGUARD("志愿先锋服务队"),
    WARM_HEART("暖心服务小分队"),
    PROXY("党员代办队"),
    HELPERS("帮帮团"),
    SKILLED("能人巧匠"),
    VOLUNTEER("志愿服务队");

    private final String nameZh;

    TeamKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
