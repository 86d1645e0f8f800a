package org.redgrid.deliberation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.redgrid.casework.CaseStatus;

/** The API bodies of motions, votes, resolutions' tasks and their rating (表决、分级办、事后评). */
public final class Motions {

    private Motions() {}

    public record NewMotion(String text, Long topicId, Instant opensAt, Instant closesAt) {}

    public record Created(long id) {}

    /** A vote: the voter's username or person id, cast by themselves or entered by the secretary. */
    public record NewVote(String voter, Choice choice) {}

    public record VoteView(long motion, String voter, Choice choice, boolean replayed) {}

    /** The count as published (公示), with the end of the objection period. */
    public record Result(
            boolean passed,
            MajorityRule.Outcome outcome,
            @JsonProperty("for") int inFavour,
            int against,
            int abstain,
            int entitled,
            int present,
            Instant objectionsUntil) {}

    /** A task for a passed motion; {@code claimant} is GRID:&lt;code&gt;, UNIT:&lt;credit code&gt; or PARTY_MEMBER:&lt;user or person id&gt;. */
    public record NewTask(String title, String description, String category, String claimant, LocalDate deadline) {}

    public record TaskView(
            long id,
            long resolution,
            long caseId,
            String caseNumber,
            String title,
            String claimantKind,
            String claimant,
            LocalDate deadline,
            CaseStatus status,
            boolean done) {}

    public record NewEvaluation(Integer stars, String comment) {}

    /** An objection to a published result (公示期内提出异议). */
    public record NewObjection(String reason) {}

    public record ObjectionView(long motion, String objector, String reason, Instant at) {}

    public record EvaluationView(long resolution, String rater, int stars, String comment, Instant at) {}

    /** A motion with its count, and once passed its tasks, how far they are done and how it was rated. */
    public record MotionView(
            long id,
            long meetingId,
            Long topicId,
            String text,
            Instant opensAt,
            Instant closesAt,
            MajorityRule.Outcome outcome,
            Result result,
            List<TaskView> tasks,
            int percentDone,
            Double rating,
            int ratings,
            int objections) {

        public boolean open() {
            return outcome == null;
        }

        public boolean passed() {
            return outcome == MajorityRule.Outcome.PASSED;
        }

        /** Tasks exist and all are done: the moment to rate (事后评). */
        public boolean done() {
            return !tasks.isEmpty() && tasks.stream().allMatch(TaskView::done);
        }
    }
}
