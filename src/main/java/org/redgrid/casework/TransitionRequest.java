package org.redgrid.casework;

/**
 * An action on a case. {@code assignee} goes with DISPATCH; {@code resolved} and {@code satisfaction}
 * with RATE and RATE_UNIT; {@code units} with WHISTLE and REPLACE_UNIT (the new unit); {@code extension}
 * (ISO-8601) with REQUEST_EXTENSION; {@code assignee} names the receiver of HAND_OVER; {@code unit} the
 * summoned unit that RELEASE_UNIT, REPLACE_UNIT and RATE_UNIT concern. Actions whose {@link
 * CaseAction#needsNote()} need a {@code note} giving the reason.
 */
public record TransitionRequest(
        CaseAction action,
        String note,
        String assignee,
        Boolean resolved,
        Satisfaction satisfaction,
        java.util.List<WhistleCall> units,
        String extension,
        String unit) {

    /** A request that names no unit: every action but releasing, replacing or rating a summoned unit. */
    public TransitionRequest(
            CaseAction action,
            String note,
            String assignee,
            Boolean resolved,
            Satisfaction satisfaction,
            java.util.List<WhistleCall> units,
            String extension) {
        this(action, note, assignee, resolved, satisfaction, units, extension, null);
    }
}
