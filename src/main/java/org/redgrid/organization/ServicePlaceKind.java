package org.redgrid.organization;

/** Service places: 党群服务中心, 红色驿站, 助餐点, 便民工坊. */
public enum ServicePlaceKind {
    PARTY_SERVICE_CENTRE("党群服务中心"),
    RED_STATION("红色驿站"),
    MEAL_POINT("助餐点"),
    CONVENIENCE_WORKSHOP("便民工坊");

    private final String nameZh;

    ServicePlaceKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
