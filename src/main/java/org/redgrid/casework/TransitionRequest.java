package org.redgrid.casework;

/**
 * An action on a case. {@code assignee} goes with DISPATCH; {@code resolved} and {@code satisfaction}
 * with RATE; {@code units} with WHISTLE; {@code extension} (ISO-8601) with REQUEST_EXTENSION; CANCEL, VERIFY_FAIL, ESCALATE, SUSPEND and REOPEN need a {@code note} giving the reason.
 */
public record TransitionRequest(
        CaseAction action,
        String note,
        String assignee,
        Boolean resolved,
        Satisfaction satisfaction,
        java.util.List<WhistleCall> units,
        String extension) {}
