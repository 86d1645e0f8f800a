package org.redgrid.people;

/** 重点人群台账: the key-population ledgers grid workers keep and visit on a cycle. */
public enum LedgerKind {
    EMPTY_NEST_ELDERLY("空巢独居老人", 7),
    CHILD_IN_DIFFICULTY("困境儿童", 14),
    PREGNANT_OR_POSTPARTUM("孕产妇", 14),
    SEVERE_DISABILITY("重度残疾", 14),
    SERIOUS_ILLNESS("重病患者", 14),
    DE_FACTO_ORPHAN("事实孤儿", 14),
    HARDSHIP("困难群众", 30);

    private final String nameZh;
    private final int defaultVisitCycleDays;

    LedgerKind(String nameZh, int defaultVisitCycleDays) {
        this.nameZh = nameZh;
        this.defaultVisitCycleDays = defaultVisitCycleDays;
    }

    public String nameZh() {
        return nameZh;
    }

    public int defaultVisitCycleDays() {
        return defaultVisitCycleDays;
    }
}
