package org.redgrid.scoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.NewRound;
import org.redgrid.shared.Actor;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rounds, their units and reviewers. A round is visible to administrators whose scope holds its area,
 * to the logins bound to its units and to its reviewers — in the SQL of every read.
 */
@Repository
public class RoundStore {

    private static final String VISIBLE = "(" + ScopedSql.within("r.area")
            + " or exists (select 1 from scoring_unit u where u.round_id = r.id and u.account = :me)"
            + " or exists (select 1 from scoring_reviewer v where v.round_id = r.id and v.reviewer = :me))";

    private final JdbcClient jdbc;

    RoundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One round's row. */
    public record Round(
            long id,
            long schemeId,
            String name,
            String area,
            LocalDate from,
            LocalDate to,
            LocalDate selfDue,
            LocalDate peerDue,
            LocalDate finalDue,
            String status,
            Instant closedAt) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** One unit of a round with its progress. */
    public record Unit(AssessedUnit unit, Progress progress) {}

    public long insert(NewRound round, String name, String area, LocalDate[] dates, String by, Instant now) {
        long id = jdbc.sql("""
                        insert into scoring_round (scheme_id, name, area, period_from, period_to, self_due, peer_due,
                                                   final_due, status, created_by, created_at)
                        values (:scheme, :name, :area, :from, :to, :self, :peer, :final, 'OPEN', :by, :now)
                        returning id""")
                .param("scheme", round.scheme())
                .param("name", name)
                .param("area", area)
                .param("from", dates[0])
                .param("to", dates[1])
                .param("self", dates[2])
                .param("peer", dates[3])
                .param("final", dates[4])
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        for (AssessedUnit unit : round.assessed()) {
            jdbc.sql("""
                            insert into scoring_unit (round_id, unit, name, class, account, area, stage)
                            values (:round, :unit, :name, :class, :account, :area, 'SELF')""")
                    .param("round", id)
                    .param("unit", unit.unit())
                    .param("name", unit.name())
                    .param("class", unit.unitClass())
                    .param("account", unit.account(), java.sql.Types.VARCHAR)
                    .param("area", unit.area(), java.sql.Types.VARCHAR)
                    .update();
        }
        round.reviewers()
                .forEach((reviewer, units) -> units.forEach(unit -> jdbc.sql(
                                "insert into scoring_reviewer (round_id, reviewer, unit) values (:round, :reviewer, :unit)")
                        .param("round", id)
                        .param("reviewer", reviewer)
                        .param("unit", unit)
                        .update()));
        return id;
    }

    /** The round if the actor may see it. */
    public Optional<Round> visible(long id, Actor actor) {
        return bind(jdbc.sql("select r.* from scoring_round r where r.id = :id and " + VISIBLE), actor)
                .param("id", id)
                .query(RoundStore::round)
                .optional();
    }

    public List<Round> visible(Actor actor) {
        return bind(
                        jdbc.sql("select r.* from scoring_round r where " + VISIBLE + " order by r.id desc limit 200"),
                        actor)
                .query(RoundStore::round)
                .list();
    }

    /** Rounds still open, for the reminders. */
    public List<Round> open() {
        return jdbc.sql("select r.* from scoring_round r where r.status = 'OPEN' order by r.id")
                .query(RoundStore::round)
                .list();
    }

    public List<Unit> units(long round) {
        return jdbc.sql("select * from scoring_unit where round_id = :round order by class, unit")
                .param("round", round)
                .query((rs, n) -> new Unit(
                        new AssessedUnit(
                                rs.getString("unit"),
                                rs.getString("name"),
                                rs.getString("class"),
                                rs.getString("account"),
                                rs.getString("area")),
                        Progress.valueOf(rs.getString("stage"))))
                .list();
    }

    /** The reviewers of each unit. */
    public Map<String, List<String>> reviewers(long round) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        jdbc.sql("select unit, reviewer from scoring_reviewer where round_id = :round order by unit, reviewer")
                .param("round", round)
                .query(rs -> {
                    byUnit.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return byUnit;
    }

    public void progress(long round, String unit, Progress progress) {
        jdbc.sql("update scoring_unit set stage = :stage where round_id = :round and unit = :unit")
                .param("stage", progress.name())
                .param("round", round)
                .param("unit", unit)
                .update();
    }

    /** Closes the round once; false when it was already closed (a concurrent close won). */
    public boolean close(long round, Instant now) {
        int changed = jdbc.sql(
                        "update scoring_round set status = 'CLOSED', closed_at = :now where id = :id and status = 'OPEN'")
                .param("now", Timestamp.from(now))
                .param("id", round)
                .update();
        jdbc.sql("update scoring_unit set stage = 'DONE' where round_id = :round")
                .param("round", round)
                .update();
        return changed == 1;
    }

    /** Locks the round's row for the rest of the transaction, so that scores and the close do not cross. */
    public void lock(long round) {
        jdbc.sql("select id from scoring_round where id = :id for update")
                .param("id", round)
                .query(Long.class)
                .optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Actor actor) {
        return ScopedSql.bind(statement, actor.scope()).param("me", actor.username());
    }

    private static Round round(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Round(
                rs.getLong("id"),
                rs.getLong("scheme_id"),
                rs.getString("name"),
                rs.getString("area"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getObject("self_due", LocalDate.class),
                rs.getObject("peer_due", LocalDate.class),
                rs.getObject("final_due", LocalDate.class),
                rs.getString("status"),
                closed == null ? null : closed.toInstant());
    }
}
