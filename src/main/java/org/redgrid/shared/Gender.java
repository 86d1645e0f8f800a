package org.redgrid.shared;

/** Gender as encoded in the resident identity number (公民身份号码), hence only two values. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String nameZh;

    Gender(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
