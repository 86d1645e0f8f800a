package org.redgrid.training;

/** The places of the party-education matrix (党员实训矩阵): a county school at its centre and what supplements it. */
public enum SchoolKind {
    COUNTY_SCHOOL("旗县委党校"),
    TOWNSHIP_SCHOOL("乡镇苏木街道党校"),
    TEACHING_POINT("现场教学点"),
    LECTURE_HALL("党性教育大讲堂");

    private final String nameZh;

    SchoolKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
