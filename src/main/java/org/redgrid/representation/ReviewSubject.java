package org.redgrid.representation;

/** What a review mailbox collects opinions on: a department under review or a 民生实事 project. */
public enum ReviewSubject {
    DEPARTMENT("评议部门"),
    PROJECT("民生实事项目");

    private final String nameZh;

    ReviewSubject(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
