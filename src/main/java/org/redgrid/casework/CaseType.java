package org.redgrid.casework;

/** What a case is: 事件/部件 problem, 点单 service order, 微心愿, 代办, 建议, 议定事项. */
public enum CaseType {
    PROBLEM("问题"),
    SERVICE_ORDER("点单"),
    MICRO_WISH("微心愿"),
    PROXY_SERVICE("代办"),
    SUGGESTION("建议"),
    RESOLUTION_TASK("议定事项");

    private final String nameZh;

    CaseType(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
