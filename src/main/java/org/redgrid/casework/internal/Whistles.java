package org.redgrid.casework.internal;

import static org.redgrid.casework.internal.Cases.instant;
import static org.redgrid.casework.internal.Cases.ts;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.WhistleRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code case_whistle} table: the units summoned to a case and where each stands. */
@Component
public class Whistles {

    private final JdbcClient jdbc;

    Whistles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case with its summoned units, lead first. */
    public Case attach(Case c) {
        attachAll(List.of(c));
        return c;
    }

    /** Loads the units of every case in {@code cases} that has any, in one statement. */
    public List<Case> attachAll(List<Case> cases) {
        List<Long> ids = cases.stream()
                .filter(c -> c.markedWhistled && !c.summons.any())
                .map(c -> c.facts.id())
                .toList();
        if (ids.isEmpty()) return cases;
        Map<Long, List<Whistle>> byCase = jdbc
                .sql("select * from case_whistle where case_id in (:ids) order by role desc, id")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("case_id"), whistle(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        for (Case c : cases) c.summons.whistles.addAll(byCase.getOrDefault(c.facts.id(), List.of()));
        return cases;
    }

    private static Whistle whistle(java.sql.ResultSet rs) throws java.sql.SQLException {
        Whistle w = new Whistle(
                rs.getLong("id"),
                rs.getString("unit"),
                rs.getString("unit_name"),
                WhistleRole.valueOf(rs.getString("role")),
                instant(rs, "whistled_at"),
                instant(rs, "report_in_due"),
                instant(rs, "late_marked_at"));
        w.reportedInAt = instant(rs, "reported_in_at");
        w.reportedInBy = rs.getString("reported_in_by");
        w.reportedBackAt = instant(rs, "reported_back_at");
        w.reportedBackBy = rs.getString("reported_back_by");
        w.releasedAt = instant(rs, "released_at");
        w.releasedBy = rs.getString("released_by");
        w.releaseReason = rs.getString("release_reason");
        w.rating = rs.getString("rating") == null ? null : Satisfaction.valueOf(rs.getString("rating"));
        w.ratedBy = rs.getString("rated_by");
        return w;
    }

    /** Inserts newly summoned units and writes where the others stand. */
    void save(Case c) {
        for (Whistle w : c.summons.whistles) {
            if (w.id == null) {
                jdbc.sql("""
                                insert into case_whistle (case_id, grid_code, unit, unit_name, role, whistled_at, report_in_due)
                                values (:case, :grid, :unit, :name, :role, :at, :due)""")
                        .param("case", c.facts.id())
                        .param("grid", c.facts.gridCode())
                        .param("unit", w.unit)
                        .param("name", w.unitName)
                        .param("role", w.role.name())
                        .param("at", ts(w.whistledAt))
                        .param("due", ts(w.reportInDue))
                        .update();
            } else {
                jdbc.sql("""
                                update case_whistle set reported_in_at = :in, reported_in_by = :inBy,
                                       reported_back_at = :back, reported_back_by = :backBy, released_at = :released,
                                       released_by = :releasedBy, release_reason = :reason, rating = :rating,
                                       rated_by = :ratedBy
                                 where id = :id""")
                        .param("in", ts(w.reportedInAt), Types.TIMESTAMP)
                        .param("inBy", w.reportedInBy, Types.VARCHAR)
                        .param("back", ts(w.reportedBackAt), Types.TIMESTAMP)
                        .param("backBy", w.reportedBackBy, Types.VARCHAR)
                        .param("released", ts(w.releasedAt), Types.TIMESTAMP)
                        .param("releasedBy", w.releasedBy, Types.VARCHAR)
                        .param("reason", w.releaseReason, Types.VARCHAR)
                        .param("rating", w.rating == null ? null : w.rating.name(), Types.VARCHAR)
                        .param("ratedBy", w.ratedBy, Types.VARCHAR)
                        .param("id", w.id)
                        .update();
            }
        }
    }
}
