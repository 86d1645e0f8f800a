package org.redgrid.scoring.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redgrid.scoring.ResultRow;
import org.redgrid.scoring.Talk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Published results, in their overall order, and the talks held with the bottom share. */
@Repository
public class ResultStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final java.time.Clock clock;

    ResultStore(JdbcClient jdbc, JsonMapper json, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void save(long round, List<Ranking.Placed> placed, Map<String, String> names) {
        int position = 0;
        for (Ranking.Placed p : placed) {
            jdbc.sql("""
                            insert into scoring_result (round_id, unit, class, score, level, rank, percentile, flag, breakdown, position)
                            values (:round, :unit, :class, :score, :level, :rank, :percentile, :flag, cast(:breakdown as jsonb), :position)""")
                    .param("round", round)
                    .param("unit", p.card().unit())
                    .param("class", p.card().unitClass())
                    .param("score", p.card().score())
                    .param("level", p.level(), java.sql.Types.VARCHAR)
                    .param("rank", p.rank())
                    .param("percentile", p.percentile())
                    .param("flag", p.flag(), java.sql.Types.VARCHAR)
                    .param(
                            "breakdown",
                            json.writeValueAsString(Map.of(
                                    "name",
                                            names.getOrDefault(
                                                    p.card().unit(), p.card().unit()),
                                    "base", p.card().base(),
                                    "bonus", p.card().bonus(),
                                    "deduction", p.card().deduction(),
                                    "items", p.card().items())))
                    .param("position", position++)
                    .update();
        }
    }

    public List<ResultRow> results(long round) {
        return jdbc.sql("""
                        select r.*, u.name from scoring_result r join scoring_unit u on u.round_id = r.round_id and u.unit = r.unit
                         where r.round_id = :round order by r.position""")
                .param("round", round)
                .query((rs, n) -> new ResultRow(
                        rs.getString("unit"),
                        rs.getString("name"),
                        rs.getString("class"),
                        rs.getBigDecimal("score"),
                        rs.getString("level"),
                        rs.getInt("rank"),
                        rs.getBigDecimal("percentile"),
                        rs.getString("flag")))
                .list();
    }

    public String flag(long round, String unit) {
        return jdbc.sql("select flag from scoring_result where round_id = :round and unit = :unit")
                .param("round", round)
                .param("unit", unit)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public Talk recordTalk(long round, String unit, LocalDate heldOn, String note, String by) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into scoring_talk (round_id, unit, held_on, note, recorded_by, recorded_at)
                        values (:round, :unit, :held, :note, :by, :now) returning id""")
                .param("round", round)
                .param("unit", unit)
                .param("held", heldOn)
                .param("note", note)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new Talk(id, round, unit, heldOn, note, by, now);
    }

    public List<Talk> talks(long round) {
        return jdbc.sql("select * from scoring_talk where round_id = :round order by id")
                .param("round", round)
                .query((rs, n) -> new Talk(
                        rs.getLong("id"),
                        round,
                        rs.getString("unit"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
