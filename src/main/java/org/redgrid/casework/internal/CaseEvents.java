package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseEventView;
import org.redgrid.casework.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code case_event} table: every step of every case, appended and never changed. */
@Component
public class CaseEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    CaseEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the steps an action took, all at {@code at}. */
    public void append(long caseId, String grid, List<Case.Step> steps, Instant at) {
        for (Case.Step step : steps) {
            append(caseId, grid, step.kind(), step.from(), step.to(), step.actor(), at, step.note(), step.data());
        }
    }

    public void append(
            long caseId,
            String grid,
            CaseEventKind kind,
            CaseStatus from,
            CaseStatus to,
            String actor,
            Instant at,
            String note,
            Map<String, ?> data) {
        jdbc.sql("""
                        insert into case_event (case_id, grid_code, action, from_status, to_status, actor, at, note, data)
                        values (:case, :grid, :action, :from, :to, :actor, :at, :note, :data)""")
                .param("case", caseId)
                .param("grid", grid)
                .param("action", kind.name())
                .param("from", from == null ? null : from.name(), Types.VARCHAR)
                .param("to", to.name())
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .param("note", note, Types.VARCHAR)
                .param("data", data == null || data.isEmpty() ? null : JSON.writeValueAsString(data), Types.VARCHAR)
                .update();
    }

    /** The first event of each case taken in together (a bulk intake), in one statement and in their order. */
    public void appendCreated(List<Long> caseIds, List<String> grids, String actor, Instant at) {
        jdbc.sql("""
                        insert into case_event (case_id, grid_code, action, from_status, to_status, actor, at)
                        select e.case_id, e.grid_code, :action, null, :to, :actor, :at
                          from unnest(cast(:cases as bigint[]), cast(:grids as text[]))
                               with ordinality as e(case_id, grid_code, position)
                         order by e.position""")
                .param("cases", caseIds.toArray(Long[]::new))
                .param("grids", grids.toArray(String[]::new))
                .param("action", CaseEventKind.CREATE.name())
                .param("to", CaseStatus.INTAKE.name())
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The timeline of a case, oldest first; the caller has checked that the case is visible. */
    public List<CaseEventView> of(long caseId) {
        return jdbc.sql("select * from case_event where case_id = :id order by id")
                .param("id", caseId)
                .query((rs, n) -> new CaseEventView(
                        rs.getLong("id"),
                        rs.getString("action"),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("note"),
                        rs.getString("data")))
                .list();
    }
}
