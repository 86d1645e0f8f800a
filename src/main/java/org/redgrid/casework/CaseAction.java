package org.redgrid.casework;

/** The actions of the case workflow, as clients name them in {@code POST /cases/{id}/transitions}. */
public enum CaseAction {
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
    CLAIM
}
