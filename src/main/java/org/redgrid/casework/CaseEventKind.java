package org.redgrid.casework;

/**
 * What happened to a case: every workflow action, and the steps the platform takes by itself or that
 * change no status (intake, the deadline lights, a late report-in, a photo, a link to a master case).
 */
public enum CaseEventKind {
    CREATE,
    FILE,
    CANCEL,
    DISPATCH,
    ACCEPT,
    REPORT_BACK,
    VERIFY_PASS,
    VERIFY_FAIL,
    CLOSE,
    RATE,
    REOPEN,
    ESCALATE,
    SUSPEND,
    RESUME,
    URGE,
    WHISTLE,
    REPORT_IN,
    REQUEST_EXTENSION,
    APPROVE_EXTENSION,
    CLAIM,
    HAND_OVER,
    TAKE_OVER,
    RELEASE_UNIT,
    REPLACE_UNIT,
    RATE_UNIT,
    COMMENT,
    WITHDRAW,
    WARN,
    OVERDUE,
    REPORT_IN_LATE,
    ATTACH,
    LINK;

    /** The kind of event an action records. */
    public static CaseEventKind of(CaseAction action) {
        return valueOf(action.name());
    }
}
