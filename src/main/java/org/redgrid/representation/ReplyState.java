package org.redgrid.representation;

/** Where a resident's message stands against the {@code ReplyDeadline}. */
public enum ReplyState {
    WAITING("待答复"),
    DUE_SOON("即将超时"),
    OVERDUE("已超时"),
    ANSWERED("已答复"),
    ANSWERED_LATE("超时答复");

    private final String nameZh;

    ReplyState(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    public boolean answered() {
        return this == ANSWERED || this == ANSWERED_LATE;
    }
}
