package org.redgrid.organization;

/** The party organisation tree: 社区党组织 → 网格党支部 → 楼栋党小组 → 党员中心户, plus joint committees (大工委/联合党委). */
public enum PartyOrgKind {
    COMMUNITY_COMMITTEE("社区党组织"),
    GRID_BRANCH("网格党支部"),
    BUILDING_GROUP("楼栋党小组"),
    CENTRAL_HOUSEHOLD("党员中心户"),
    JOINT_COMMITTEE("联合党委/大工委");

    private final String nameZh;

    PartyOrgKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
