package org.redgrid.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redgrid.shared.InvalidValue;

/**
 * A round to run under one scheme version: the assessed units, the peer reviewers with the units each
 * is given ({@code reviewer → [unit, …]}), the period measured facts are read for, and the deadline of
 * each stage. Missing dates default to the current year and 14, 28 and 42 days from today.
 */
public record NewRound(
        Long scheme,
        String name,
        List<AssessedUnit> assessed,
        Map<String, List<String>> reviewers,
        LocalDate from,
        LocalDate to,
        Map<Stage, LocalDate> deadlines) {

    public NewRound {
        if (scheme == null) throw new InvalidValue("scheme", "required", "须指定考评方案", "scheme is required");
        if (assessed == null || assessed.isEmpty()) {
            throw new InvalidValue("assessed", "required", "至少要有一个被考评单位", "assess at least one unit");
        }
        if (assessed.size() > 2000)
            throw new InvalidValue("assessed", "size", "一轮至多 2000 个单位", "at most 2000 units a round");
        assessed = List.copyOf(assessed);
        if (reviewers != null
                && reviewers.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new InvalidValue(
                    "reviewers", "required", "每位互评人须列出所评单位", "every reviewer needs the list of units given to them");
        }
        reviewers = reviewers == null ? Map.of() : Map.copyOf(reviewers);
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValue("from", "range", "起始日期不能晚于结束日期", "from must not be after to");
        }
    }
}
