package org.redgrid.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * 处理前 / 处理后: whether a case's photo shows the problem as reported or the work done. A photo is
 * "after" when someone other than the reporter took it once the handling began (the first accept,
 * claim, report-in, take-over or report-back); every other photo shows the problem "before".
 */
public enum PhotoStage {
    BEFORE,
    AFTER;

    /** The steps that start the handling: from then on the handlers' photos show their work. */
    private static final Set<String> HANDLING_STARTS =
            Set.of("ACCEPT", "CLAIM", "REPORT_IN", "TAKE_OVER", "REPORT_BACK");

    /** When the handling began, from the case's events (oldest first); null while it has not. */
    public static Instant handlingSince(List<CaseEventView> events) {
        return events.stream()
                .filter(e -> HANDLING_STARTS.contains(e.action()))
                .map(CaseEventView::at)
                .findFirst()
                .orElse(null);
    }

    public static PhotoStage of(AttachmentView photo, String reporter, Instant handlingSince) {
        boolean byHandler = !photo.uploadedBy().equals(reporter);
        boolean duringHandling = handlingSince != null && !photo.uploadedAt().isBefore(handlingSince);
        return byHandler && duringHandling ? AFTER : BEFORE;
    }
}
