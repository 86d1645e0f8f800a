package org.redgrid.shared;

/** What a user may do; a person may hold several roles (PRODUCT.md §1). */
public enum Role {
    RESIDENT("居民"),
    GRID_WORKER("网格员"),
    GRID_LEADER("网格长"),
    BUILDING_HEAD("楼栋长"),
    COMMUNITY_STAFF("社区工作者"),
    STREET_STAFF("街道/苏木乡镇工作人员"),
    DEPARTMENT("职能部门/共建单位"),
    PARTY_MEMBER("在职党员"),
    COUNTY_ADMIN("旗县区管理员"),
    CITY_ADMIN("盟市管理员"),
    REGION_ADMIN("自治区管理员"),
    ARCHIVE_KEEPER("档案管理员"),
    REPRESENTATIVE("人大代表/党代表");

    private final String nameZh;

    Role(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Roles that work the registry of places and people inside their scope. */
    public boolean managesRegistry() {
        return switch (this) {
            case GRID_WORKER, GRID_LEADER, COMMUNITY_STAFF, STREET_STAFF, COUNTY_ADMIN, CITY_ADMIN, REGION_ADMIN ->
                true;
            default -> false;
        };
    }

    /** Roles that administer users and configuration of their subtree. */
    public boolean administers() {
        return this == COUNTY_ADMIN || this == CITY_ADMIN || this == REGION_ADMIN;
    }
}
