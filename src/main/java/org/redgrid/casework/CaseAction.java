package org.redgrid.casework;

/**
 * The actions of the case workflow, as clients name them in {@code POST /cases/{id}/transitions}; an
 * action that must be given a reason ({@code note}) knows what to say when it is missing.
 */
public enum CaseAction {
    FILE,
    CANCEL("不予立案须说明理由", "a cancellation needs a reason"),
    DISPATCH,
    ACCEPT,
    /** The handler's answer: always with a note saying what was done (and a photo where the category asks). */
    REPORT_BACK("反馈须说明办理情况", "a report-back says what was done"),
    VERIFY_PASS,
    VERIFY_FAIL("核查不通过须说明原因", "a failed verification needs a reason"),
    CLOSE,
    RATE,
    REOPEN("重新办理须说明理由", "reopening needs a reason"),
    ESCALATE("上报须说明理由", "escalating needs a reason"),
    SUSPEND("缓办须说明理由", "suspending needs a reason"),
    RESUME,
    URGE,
    WHISTLE,
    REPORT_IN,
    REQUEST_EXTENSION("申请延期须说明理由", "an extension request needs a reason"),
    APPROVE_EXTENSION,
    CLAIM,
    /** 首问负责: hand the case to the person who should have it, saying why ({@code assignee} names them). */
    HAND_OVER("转交须说明理由", "a hand-over needs a reason"),
    /** Staff handling the case take it from its assignee, on the record. */
    TAKE_OVER("接管须说明理由", "taking over needs a reason"),
    /** The street releases a summoned unit that does not answer ({@code unit}), with the reason. */
    RELEASE_UNIT("解除吹哨单位须说明理由", "releasing a unit needs a reason"),
    /** The street releases a summoned unit ({@code unit}) and summons another ({@code units[0]}) in its place. */
    REPLACE_UNIT("更换吹哨单位须说明理由", "replacing a unit needs a reason"),
    /** 应哨评价: the street rates a summoned unit's answer ({@code unit}, {@code satisfaction}). */
    RATE_UNIT,
    /** The reporter adds a comment to their own case before it is closed; the status does not change. */
    COMMENT("留言内容不能为空", "a comment needs some text"),
    /** 撤回: the reporter withdraws their own case before it is closed; it ends as not taken up. */
    WITHDRAW;

    private final String noteMissingZh;
    private final String noteMissingEn;

    CaseAction() {
        this(null, null);
    }

    CaseAction(String noteMissingZh, String noteMissingEn) {
        this.noteMissingZh = noteMissingZh;
        this.noteMissingEn = noteMissingEn;
    }

    /** Whether the action is refused without a written reason. */
    public boolean needsNote() {
        return noteMissingZh != null;
    }

    /** What to say when the reason is missing, in Chinese. */
    public String noteMissingZh() {
        return noteMissingZh;
    }

    public String noteMissingEn() {
        return noteMissingEn;
    }
}
