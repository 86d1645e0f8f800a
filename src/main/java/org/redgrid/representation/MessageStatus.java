package org.redgrid.representation;

/** A message waiting for its answer, answered, or forwarded as a case (代表转办). */
public enum MessageStatus {
    NEW("待答复"),
    ANSWERED("已答复"),
    CASE("已转办");

    private final String nameZh;

    MessageStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
