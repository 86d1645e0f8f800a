package org.redgrid.casework;

/** Where a case came from. */
public enum CaseSource {
    GRID_PATROL("网格巡查"),
    RESIDENT("群众上报"),
    HOTLINE_12345("12345热线"),
    REPRESENTATIVE("代表转办"),
    MEETING("议事会议"),
    POLICE_DIARY("民情日记"),
    OPEN311("Open311");

    private final String nameZh;

    CaseSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
