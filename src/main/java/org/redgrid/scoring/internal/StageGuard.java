package org.redgrid.scoring.internal;

import java.time.LocalDate;
import java.util.List;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.Conflict;

/**
 * Who may score which stage of a unit, and when. Each unit moves on its own: its self-assessment (by its
 * bound login, or by the department for a unit without one) is open until its first peer score; peer
 * reviewers assigned to it score until the final assessor begins, which waits for a peer score when the
 * unit has reviewers, unless the peer deadline has passed. Nothing is written after a stage's deadline
 * or once the round is closed. Both the API and the pages ask this type.
 */
record StageGuard(
        boolean open, List<Stage> stages, LocalDate selfDue, LocalDate peerDue, LocalDate finalDue, LocalDate today) {

    /** What the actor is to the unit. */
    record Party(boolean boundLogin, boolean reviewer, boolean assessor, boolean unitHasLogin) {}

    /** Whether the actor is the one who scores this stage of the unit. */
    static boolean scores(Stage stage, Party party) {
        return switch (stage) {
            case SELF -> party.boundLogin() || (!party.unitHasLogin() && party.assessor());
            case PEER -> party.reviewer();
            case FINAL -> party.assessor();
        };
    }

    /** Why the stage cannot be scored now for a unit this far on, or null when it can. */
    Conflict refusal(Stage stage, Progress progress, boolean unitHasReviewers) {
        if (!open) return new Conflict("round.closed", "考评已结束", "the round is closed");
        if (!stages.contains(stage)) {
            return new Conflict(
                    "stage.not-in-scheme", "本方案没有" + stage.nameZh() + "环节", "the scheme has no " + stage + " stage");
        }
        if (today.isAfter(due(stage))) {
            return new Conflict(
                    "stage.deadline-passed", stage.nameZh() + "已过截止日期", "the " + stage + " stage is past its deadline");
        }
        boolean closed = switch (stage) {
            case SELF -> progress != Progress.SELF;
            case PEER -> progress != Progress.SELF && progress != Progress.PEER;
            case FINAL -> progress == Progress.DONE;
        };
        if (closed)
            return new Conflict(
                    "stage.closed", stage.nameZh() + "环节已结束", "the " + stage + " stage is closed for this unit");
        if (stage == Stage.FINAL
                && progress == Progress.SELF
                && stages.contains(Stage.PEER)
                && unitHasReviewers
                && !today.isAfter(peerDue)) {
            return new Conflict("stage.peer-pending", "互评尚未开始，不能综合认定", "peer review has not begun for this unit");
        }
        return null;
    }

    /** Where writing this stage moves the unit: every earlier stage closes. */
    static Progress after(Stage stage, Progress progress) {
        Progress reached = switch (stage) {
            case SELF -> Progress.SELF;
            case PEER -> Progress.PEER;
            case FINAL -> Progress.FINAL;
        };
        return reached.compareTo(progress) > 0 ? reached : progress;
    }

    LocalDate due(Stage stage) {
        return switch (stage) {
            case SELF -> selfDue;
            case PEER -> peerDue;
            case FINAL -> finalDue;
        };
    }
}
