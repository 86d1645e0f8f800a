package org.redgrid.people;

import java.time.Duration;
import java.time.Instant;

/**
 * 撤销走访: the visitor may undo a visit for one minute after recording it (a tap on the wrong person
 * is taken back at once); later the visit stands and is corrected by a new record.
 */
public record VisitUndoWindow(Duration length) {

    public static final VisitUndoWindow ONE_MINUTE = new VisitUndoWindow(Duration.ofSeconds(60));

    public VisitUndoWindow {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("an undo window has a positive length");
        }
    }

    /** Whether a visit recorded at {@code recordedAt} may still be undone at {@code now}. */
    public boolean isOpen(Instant recordedAt, Instant now) {
        return now.isBefore(closesAt(recordedAt));
    }

    /** When the window of a visit recorded at {@code recordedAt} closes. */
    public Instant closesAt(Instant recordedAt) {
        return recordedAt.plus(length);
    }

    /** Whether {@code actor} may undo a visit {@code visitor} recorded: only the visitor themselves. */
    public boolean mayUndo(String actor, String visitor) {
        return actor.equals(visitor);
    }
}
