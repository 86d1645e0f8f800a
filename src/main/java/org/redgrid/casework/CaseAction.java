package org.redgrid.casework;

/**
 * The actions of the case workflow, as clients name them in {@code POST /cases/{id}/transitions}, each
 * knowing whether it must be given a reason ({@code note}).
 */
public enum CaseAction {
    FILE(false),
    CANCEL(true),
    DISPATCH(false),
    ACCEPT(false),
    /** The handler's answer: always with a note saying what was done (and a photo where the category asks). */
    REPORT_BACK(true),
    VERIFY_PASS(false),
    VERIFY_FAIL(true),
    CLOSE(false),
    RATE(false),
    REOPEN(true),
    ESCALATE(true),
    SUSPEND(true),
    RESUME(false),
    URGE(false),
    WHISTLE(false),
    REPORT_IN(false),
    REQUEST_EXTENSION(true),
    APPROVE_EXTENSION(false),
    CLAIM(false);

    private final boolean needsNote;

    CaseAction(boolean needsNote) {
        this.needsNote = needsNote;
    }

    /** Whether the action is refused without a written reason. */
    public boolean needsNote() {
        return needsNote;
    }
}
