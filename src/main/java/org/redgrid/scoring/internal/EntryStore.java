package org.redgrid.scoring.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.redgrid.scoring.AssessmentView;
import org.redgrid.scoring.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Score entries and their history: the current points of each item per stage and author, every change
 * appended with who, when and why, and the facts frozen with their source.
 */
@Repository
public class EntryStore {

    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current points of one item at one stage by one author. */
    public record Entry(Stage stage, String author, String item, BigDecimal points, String evidence, String reason) {}

    /** A fact as frozen for an item. */
    public record Frozen(String item, String key, BigDecimal value, String source) {}

    public List<Entry> entries(long round, String unit) {
        return jdbc.sql(
                        "select * from scoring_entry where round_id = :round and unit = :unit order by stage, author, item")
                .param("round", round)
                .param("unit", unit)
                .query((rs, n) -> new Entry(
                        Stage.valueOf(rs.getString("stage")),
                        rs.getString("author"),
                        rs.getString("item"),
                        rs.getBigDecimal("points"),
                        rs.getString("evidence"),
                        rs.getString("reason")))
                .list();
    }

    /** Writes the points and appends the change; false when nothing changed. */
    @SuppressWarnings("java:S107") // one argument per column of the entry
    public boolean put(
            long round,
            String unit,
            Stage stage,
            String author,
            String item,
            BigDecimal points,
            String evidence,
            String reason,
            String by,
            Instant now) {
        BigDecimal old = jdbc.sql("""
                        select points from scoring_entry
                         where round_id = :round and unit = :unit and stage = :stage and author = :author and item = :item""")
                .param("round", round)
                .param("unit", unit)
                .param("stage", stage.name())
                .param("author", author)
                .param("item", item)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
        jdbc.sql("""
                        insert into scoring_entry (round_id, unit, stage, author, item, points, evidence, reason, entered_by, entered_at)
                        values (:round, :unit, :stage, :author, :item, :points, :evidence, :reason, :by, :now)
                        on conflict (round_id, unit, stage, author, item) do update
                           set points = excluded.points, evidence = excluded.evidence, reason = excluded.reason,
                               entered_by = excluded.entered_by, entered_at = excluded.entered_at""")
                .param("round", round)
                .param("unit", unit)
                .param("stage", stage.name())
                .param("author", author)
                .param("item", item)
                .param("points", points)
                .param("evidence", evidence, java.sql.Types.VARCHAR)
                .param("reason", reason, java.sql.Types.VARCHAR)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
        if (old != null && old.compareTo(points) == 0) return false;
        jdbc.sql("""
                        insert into scoring_change (round_id, unit, stage, item, old_points, new_points, reason, changed_by, changed_at)
                        values (:round, :unit, :stage, :item, :old, :points, :reason, :by, :now)""")
                .param("round", round)
                .param("unit", unit)
                .param("stage", stage.name())
                .param("item", item)
                .param("old", old, java.sql.Types.NUMERIC)
                .param("points", points)
                .param("reason", reason, java.sql.Types.VARCHAR)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
        return true;
    }

    public List<AssessmentView.Change> changes(long round, String unit) {
        return jdbc.sql("select * from scoring_change where round_id = :round and unit = :unit order by id")
                .param("round", round)
                .param("unit", unit)
                .query((rs, n) -> new AssessmentView.Change(
                        Stage.valueOf(rs.getString("stage")),
                        rs.getString("item"),
                        rs.getBigDecimal("old_points"),
                        rs.getBigDecimal("new_points"),
                        rs.getString("reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    public List<Frozen> facts(long round, String unit) {
        return jdbc.sql(
                        "select item, fact_key, value, source from scoring_fact where round_id = :round and unit = :unit")
                .param("round", round)
                .param("unit", unit)
                .query((rs, n) -> new Frozen(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    public void freeze(long round, String unit, Frozen fact, Instant now) {
        jdbc.sql("""
                        insert into scoring_fact (round_id, unit, item, fact_key, value, source, frozen_at)
                        values (:round, :unit, :item, :key, :value, :source, :now) on conflict do nothing""")
                .param("round", round)
                .param("unit", unit)
                .param("item", fact.item())
                .param("key", fact.key())
                .param("value", fact.value(), java.sql.Types.NUMERIC)
                .param("source", fact.source())
                .param("now", Timestamp.from(now))
                .update();
    }
}
