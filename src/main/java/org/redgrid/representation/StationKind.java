package org.redgrid.representation;

/** 代表之家 (the street's home of representatives) or 代表联络站 (a station reaching further out). */
public enum StationKind {
    HOME("人大代表之家"),
    STATION("代表联络站");

    private final String nameZh;

    StationKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
