package org.redgrid.deliberation;

/** Where a topic was gathered (通过微信群、入户走访、面对面交流等形式广泛收集议题), or the case stream. */
public enum TopicChannel {
    ONLINE("线上提交"),
    WECHAT_GROUP("微信群"),
    DOOR_TO_DOOR("入户走访"),
    FACE_TO_FACE("面对面交流"),
    CASES("诉求汇总");

    private final String nameZh;

    TopicChannel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
