package org.redgrid.casework.internal;

import java.time.Duration;
import java.time.Instant;
import org.redgrid.casework.DeadlineState;
import org.redgrid.casework.Urgency;

/**
 * 限时办结 for one case: when its clock started, its yellow and red lines, the sweep's marks, a
 * suspension (缓办) and an extension waiting for approval. The lines move only as {@link DeadlinePolicy}
 * says.
 */
public final class CaseClock {

    Instant dispatchedAt;
    DeadlinePolicy.Lines lines = new DeadlinePolicy.Lines(null, null);
    Instant warnedAt;
    Instant overdueAt;
    Instant suspendedSince;
    long suspendedSeconds;
    Duration extensionRequested;
    String extensionRequestedBy;

    /** The clock starts at dispatch (or a whistle, or a claim). */
    void start(DeadlinePolicy policy, Urgency urgency, Instant now) {
        dispatchedAt = now;
        lines = policy.start(urgency, now);
        warnedAt = null;
        overdueAt = null;
    }

    /** A case handed up or reopened waits for a new dispatch: no clock runs. */
    void stop() {
        dispatchedAt = null;
        lines = new DeadlinePolicy.Lines(null, null);
        suspendedSince = null;
        warnedAt = null;
        overdueAt = null;
    }

    boolean suspended() {
        return suspendedSince != null;
    }

    void suspend(Instant now) {
        suspendedSince = now;
    }

    /** Ends the suspension; both lines move by the time it lasted, which does not count. */
    Duration resume(Instant now) {
        Duration paused = Duration.between(suspendedSince, now);
        suspendedSince = null;
        suspendedSeconds += paused.toSeconds();
        lines = lines.movedBy(paused);
        return paused;
    }

    boolean extensionPending() {
        return extensionRequested != null;
    }

    void request(Duration extension, String by) {
        extensionRequested = extension;
        extensionRequestedBy = by;
    }

    /** Grants the pending extension: both lines move by it, and a red mark it cures is lifted. */
    Duration approve(Instant now) {
        Duration extension = extensionRequested;
        extensionRequested = null;
        extensionRequestedBy = null;
        if (lines.deadlineAt() != null) {
            lines = lines.movedBy(extension);
            if (lines.deadlineAt().isAfter(now)) overdueAt = null;
        }
        return extension;
    }

    DeadlineState light(boolean open, Instant now) {
        return DeadlinePolicy.light(open, lines, suspendedSince, warnedAt, overdueAt, now);
    }
}
