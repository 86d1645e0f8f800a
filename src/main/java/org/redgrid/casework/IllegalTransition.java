package org.redgrid.casework;

import org.redgrid.shared.Conflict;

/** An action that the case's current state does not allow (HTTP 409). */
public class IllegalTransition extends Conflict {

    public IllegalTransition(CaseStatus from, CaseAction action) {
        super(
                "workflow.illegal-transition",
                "当前状态“" + from.nameZh() + "”不能执行 " + action,
                "action " + action + " is not allowed in status " + from);
    }
}
