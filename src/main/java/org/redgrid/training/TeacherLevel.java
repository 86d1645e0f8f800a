package org.redgrid.training;

/** Which level of party school a pool teacher comes from (中央、自治区、市、旗四级党校教师). */
public enum TeacherLevel {
    CENTRAL("中央"),
    REGION("自治区"),
    CITY("盟市"),
    COUNTY("旗县");

    private final String nameZh;

    TeacherLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
