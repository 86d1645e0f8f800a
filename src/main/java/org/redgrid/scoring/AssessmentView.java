package org.redgrid.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One unit's assessment in a round: every item with its points at each stage, the measured fact and
 * its source, the settled points, the score they give now, the stages the caller may score, and the
 * history of every change (who, when, why).
 */
public record AssessmentView(
        long round,
        String unit,
        String name,
        String unitClass,
        String stage,
        List<Stage> open,
        BigDecimal score,
        List<Line> items,
        List<Change> changes) {

    /** One item across the stages; {@code peer} is the mean of the reviewers' points. */
    public record Line(
            String code,
            String name,
            SchemeDefinition.ItemKind kind,
            BigDecimal max,
            boolean evidenceRequired,
            BigDecimal self,
            String evidence,
            BigDecimal peer,
            int reviews,
            BigDecimal fin,
            String reason,
            BigDecimal fact,
            String factSource,
            boolean factFrozen,
            BigDecimal settled) {}

    /** One change of one item's points. */
    public record Change(
            Stage stage, String item, BigDecimal from, BigDecimal to, String reason, String by, Instant at) {}
}
