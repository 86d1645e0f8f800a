package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.OncePerTick;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks cases that passed their yellow line, and cases that passed their red line, which also go one
 * rung up the ladder (超期自动提级) so that the level above supervises them; marks summoned units late
 * to report in. Set-based: one statement per kind of mark, however many cases it touches.
 */
@Component
public class DeadlineSweep {

    /** What one sweep did. */
    public record Result(boolean ran, int warned, int overdue, int lateToReportIn) {}

    private record Marked(
            long id,
            String grid,
            CaseStatus status,
            int level,
            String number,
            String owner,
            String unit,
            String unitName,
            CaseType type,
            String category,
            CaseSource source) {}

    private final JdbcClient jdbc;
    private final CaseEvents caseEvents;
    private final ApplicationEventPublisher events;

    private final OncePerTick oncePerTick;

    DeadlineSweep(JdbcClient jdbc, CaseEvents caseEvents, ApplicationEventPublisher events, OncePerTick oncePerTick) {
        this.oncePerTick = oncePerTick;
        this.jdbc = jdbc;
        this.caseEvents = caseEvents;
        this.events = events;
    }

    /**
     * Several nodes may call this at once: OncePerTick lets one of them sweep and
     * the others skip. Suspended cases are left alone; their lines move when they resume.
     */
    public Result sweep(Instant now) {
        if (!oncePerTick.claim("casework.deadline-sweep")) return new Result(false, 0, 0, 0);
        int warned = warn(now);
        int overdue = overdue(now);
        return new Result(true, warned, overdue, late(now));
    }

    private int warn(Instant now) {
        var warned = jdbc.sql("""
                        update work_case set warned_at = :now, version = version + 1
                         where closed_at is null and status <> 'CANCELLED' and suspended_since is null
                           and warned_at is null and warn_at <= :now and deadline_at > :now
                        returning id, grid_code, status, level, number, owner, null::text as unit, null::text as unit_name,
                                  type, category_code, source""")
                .param("now", Timestamp.from(now))
                .query(DeadlineSweep::marked)
                .list();
        for (Marked m : warned) {
            caseEvents.append(m.id, m.grid, CaseEventKind.WARN, m.status, m.status, "system", now, "临近办理时限（黄灯）", null);
        }
        return warned.size();
    }

    private int overdue(Instant now) {
        var overdue = jdbc.sql("""
                        update work_case set overdue_at = :now, warned_at = coalesce(warned_at, :now),
                               level = %s, version = version + 1
                         where closed_at is null and status <> 'CANCELLED' and suspended_since is null
                           and overdue_at is null and deadline_at <= :now
                        returning id, grid_code, status, level, number, owner, null::text as unit, null::text as unit_name,
                                  type, category_code, source""".formatted(DivisionLevel.sqlAbove("level")))
                .param("now", Timestamp.from(now))
                .query(DeadlineSweep::marked)
                .list();
        for (Marked m : overdue) {
            caseEvents.append(
                    m.id, m.grid, CaseEventKind.OVERDUE, m.status, m.status, "system", now, "超过办理时限（红灯）", null);
            caseEvents.append(
                    m.id,
                    m.grid,
                    CaseEventKind.ESCALATE,
                    m.status,
                    m.status,
                    "system",
                    now,
                    "超期自动提级督办",
                    Map.of("level", m.level, "to", DivisionLevel.of(m.level).name()));
            events.publishEvent(new AuditRecord("CASE_OVERDUE", "case", m.number, m.grid, "level=" + m.level));
            publish(m, CaseEventKind.OVERDUE, null, List.of(), now);
        }
        return overdue.size();
    }

    /** 报到: a summoned unit that misses its report-in limit is marked once, and the case owner told; a released unit is no longer awaited. */
    private int late(Instant now) {
        var late = jdbc.sql("""
                        update case_whistle w set late_marked_at = :now
                          from work_case c
                         where c.id = w.case_id and w.reported_in_at is null and w.late_marked_at is null and w.released_at is null
                           and w.report_in_due <= :now and c.closed_at is null and c.status <> 'CANCELLED'
                        returning c.id, c.grid_code, c.status, c.level, c.number, c.owner, w.unit, w.unit_name,
                                  c.type, c.category_code, c.source""")
                .param("now", Timestamp.from(now))
                .query(DeadlineSweep::marked)
                .list();
        for (Marked m : late) {
            caseEvents.append(
                    m.id,
                    m.grid,
                    CaseEventKind.REPORT_IN_LATE,
                    m.status,
                    m.status,
                    "system",
                    now,
                    m.unitName + " 未在时限内报到",
                    Map.of("unit", m.unit));
            publish(m, CaseEventKind.REPORT_IN_LATE, m.owner, List.of(m.unit), now);
        }
        return late.size();
    }

    private void publish(Marked m, CaseEventKind kind, String owner, List<String> units, Instant now) {
        events.publishEvent(new CaseActionTaken(
                m.id,
                m.number,
                "",
                m.grid,
                kind,
                m.status,
                m.level,
                "system",
                null,
                owner,
                null,
                units,
                now,
                m.type,
                m.category,
                m.source));
    }

    private static Marked marked(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Marked(
                rs.getLong(1),
                rs.getString(2),
                CaseStatus.valueOf(rs.getString(3)),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                CaseType.valueOf(rs.getString(9)),
                rs.getString(10),
                CaseSource.valueOf(rs.getString(11)));
    }
}
