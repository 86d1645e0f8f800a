package org.redgrid.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.casework.Satisfaction;
import org.redgrid.casework.Urgency;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code work_case} table: loads a case the actor may see, with its summoned units, and saves it
 * back under a version check so that of two concurrent actions the first wins and the other gets 409.
 */
@Component
public class Cases {

    /** The columns of a case with what its category adds, to be followed by a where clause on {@code c}. */
    public static final String SELECT = "select c.*, k.name_zh as category_name, k.checklist, k.evidence_photo,"
            + " exists (select 1 from case_whistle w where w.case_id = c.id) as whistled"
            + " from work_case c join case_category k on k.code = c.category_code where ";

    private final JdbcClient jdbc;
    private final Whistles whistles;

    Cases(JdbcClient jdbc, Whistles whistles) {
        this.jdbc = jdbc;
        this.whistles = whistles;
    }

    /** The case if the actor may see it; 404 otherwise, as if it did not exist. */
    public Case load(Actor actor, long id) {
        Map<String, Object> params = new HashMap<>();
        String visible = visible(actor, params);
        params.put("id", id);
        return jdbc.sql(SELECT + "c.id = :id and " + visible)
                .params(params)
                .query(Cases::map)
                .optional()
                .map(whistles::attach)
                .orElseThrow(() -> new NotFound("case", id));
    }

    /** Writes the case's changed state; 409 when another action changed it since it was loaded. */
    public void save(Case c) {
        int updated = jdbc.sql("""
                        update work_case set status = :status, level = :level, owner = :owner, assignee = :assignee,
                               dispatched_at = :dispatched, warn_at = :warn, deadline_at = :deadline, warned_at = :warned,
                               overdue_at = :overdue, suspended_since = :suspended, suspended_seconds = :suspendedSeconds,
                               rework_count = :rework, closed_at = :closed, resolved = :resolved, satisfaction = :satisfaction,
                               extension_requested = :extension, extension_requested_by = :extensionBy,
                               first_receiver = :firstReceiver,
                               version = version + 1
                         where id = :id and version = :version and status = :loaded""")
                .param("status", c.status.name())
                .param("level", c.level.digits())
                .param("owner", c.owner)
                .param("assignee", c.assignee, Types.VARCHAR)
                .param("dispatched", ts(c.clock.dispatchedAt), Types.TIMESTAMP)
                .param("warn", ts(c.clock.lines.warnAt()), Types.TIMESTAMP)
                .param("deadline", ts(c.clock.lines.deadlineAt()), Types.TIMESTAMP)
                .param("warned", ts(c.clock.warnedAt), Types.TIMESTAMP)
                .param("overdue", ts(c.clock.overdueAt), Types.TIMESTAMP)
                .param("suspended", ts(c.clock.suspendedSince), Types.TIMESTAMP)
                .param("suspendedSeconds", c.clock.suspendedSeconds)
                .param("rework", c.reworkCount)
                .param("closed", ts(c.closedAt), Types.TIMESTAMP)
                .param("resolved", c.resolved, Types.BOOLEAN)
                .param("satisfaction", c.satisfaction == null ? null : c.satisfaction.name(), Types.VARCHAR)
                .param(
                        "extension",
                        c.clock.extensionRequested == null ? null : c.clock.extensionRequested.toString(),
                        Types.VARCHAR)
                .param("extensionBy", c.clock.extensionRequestedBy, Types.VARCHAR)
                .param("firstReceiver", c.firstReceiver, Types.VARCHAR)
                .param("id", c.facts.id())
                .param("version", c.version)
                .param("loaded", c.loadedStatus.name())
                .update();
        if (updated == 0) {
            throw new Conflict(
                    "workflow.concurrent", "该诉求刚被他人处理，请刷新后重试", "the case changed meanwhile; reload and retry");
        }
        whistles.save(c);
    }

    /**
     * Who sees a case: staff inside their scope (a code range on the case's grid), and anyone who
     * reported it or to whom it was dispatched. Residents and partner units see only those.
     */
    public static String visible(Actor actor, Map<String, Object> params) {
        params.put("me", actor.username());
        String mine = "c.reporter = :me or c.assignee = :me";
        if (actor.partnerUnit() != null) {
            params.put("unit", actor.partnerUnit());
            mine += " or exists (select 1 from case_whistle w where w.case_id = c.id and w.unit = :unit)";
        }
        params.put("scopeLower", actor.scope().lower());
        params.put("scopeUpper", actor.scope().upper());
        if (actor.has(org.redgrid.shared.Role.PARTY_MEMBER) || actor.has(org.redgrid.shared.Role.BUILDING_HEAD)) {
            // 微心愿 board: posted wishes in their community wait to be claimed.
            mine += " or (c.type = 'MICRO_WISH' and c.status = 'FILED' and " + ScopedSql.within("c.grid_code") + ")";
        }
        if (!actor.managesRegistry()) return "(" + mine + ")";
        return "(" + ScopedSql.within("c.grid_code") + " or " + mine + ")";
    }

    /** A row of {@link #SELECT} as a case, its summoned units still to be attached when {@code whistled}. */
    public static Case map(ResultSet rs, int row) throws SQLException {
        CaseFacts facts = facts(rs);
        Case c = new Case(
                facts,
                rs.getInt("version"),
                CaseStatus.valueOf(rs.getString("status")),
                DivisionLevel.of(rs.getInt("level")));
        c.firstReceiver = rs.getString("first_receiver");
        c.owner = rs.getString("owner");
        c.assignee = rs.getString("assignee");
        CaseClock clock = c.clock;
        clock.dispatchedAt = instant(rs, "dispatched_at");
        clock.lines = new DeadlinePolicy.Lines(instant(rs, "warn_at"), instant(rs, "deadline_at"));
        clock.warnedAt = instant(rs, "warned_at");
        clock.overdueAt = instant(rs, "overdue_at");
        clock.suspendedSince = instant(rs, "suspended_since");
        clock.suspendedSeconds = rs.getLong("suspended_seconds");
        c.reworkCount = rs.getInt("rework_count");
        c.closedAt = instant(rs, "closed_at");
        c.resolved = (Boolean) rs.getObject("resolved");
        c.satisfaction = Optional.ofNullable(rs.getString("satisfaction"))
                .map(Satisfaction::valueOf)
                .orElse(null);
        clock.extensionRequested = Optional.ofNullable(rs.getString("extension_requested"))
                .map(Duration::parse)
                .orElse(null);
        clock.extensionRequestedBy = rs.getString("extension_requested_by");
        c.markedWhistled = rs.getBoolean("whistled");
        return c;
    }

    private static CaseFacts facts(ResultSet rs) throws SQLException {
        return new CaseFacts(
                rs.getLong("id"),
                rs.getString("number"),
                CaseType.valueOf(rs.getString("type")),
                rs.getString("category_code"),
                rs.getString("category_name"),
                Urgency.valueOf(rs.getString("urgency")),
                CaseSource.valueOf(rs.getString("source")),
                rs.getString("grid_code"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("address"),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"),
                rs.getString("reporter"),
                instant(rs, "created_at"),
                Arrays.asList((String[]) rs.getArray("checklist").getArray()),
                rs.getBoolean("evidence_photo"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
