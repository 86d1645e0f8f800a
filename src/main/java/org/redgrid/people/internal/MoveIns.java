package org.redgrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.MoveInStatus;
import org.redgrid.people.MoveInView;
import org.redgrid.people.NewPerson;
import org.redgrid.people.Relation;
import org.redgrid.shared.Actor;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Move-in requests in SQL. An actor sees the requests filed into their scope and, at community level or
 * above, those for persons registered in their scope; the holder's details are selected only for the latter.
 */
@Component
public class MoveIns {

    private static final String VISIBLE = "(" + ScopedSql.within("m.to_grid_code") + " or (:decides and "
            + ScopedSql.within("m.from_grid_code") + "))";
    /** The person's id and name are shown only while the person is inside the viewer's scope now. */
    private static final String SELECT = "select m.*, " + ScopedSql.within("p.grid_code") + " as person_here,"
            + " case when :decides and " + ScopedSql.within("m.from_grid_code") + " and "
            + ScopedSql.within("p.grid_code") + " then p.name end as person_name"
            + " from move_in m join person p on p.id = m.person_id where " + VISIBLE;

    /** A request as stored; {@link #view} decides what its viewer sees. */
    public record MoveIn(
            long id,
            long personId,
            String fromGridCode,
            long householdId,
            String gridCode,
            String name,
            Relation relation,
            MoveInStatus status,
            String requestedBy,
            Instant requestedAt,
            String personName,
            boolean personHere,
            String decidedBy,
            Instant decidedAt,
            String reason) {

        public MoveInView view(Actor viewer) {
            boolean holderSide = MoveInRule.mayDecide(viewer, fromGridCode);
            return new MoveInView(
                    id,
                    status,
                    name,
                    relation,
                    householdId,
                    gridCode,
                    requestedBy,
                    requestedAt,
                    personHere ? personId : null,
                    holderSide ? personName : null,
                    holderSide ? fromGridCode : null,
                    holderSide && status == MoveInStatus.PENDING,
                    decidedBy,
                    decidedAt,
                    reason);
        }
    }

    private final JdbcClient jdbc;

    MoveIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files a request, or finds the pending one already filed for the same person and household. */
    public long file(Persons.Holder holder, HouseholdView to, NewPerson command, String requestedBy, Instant now) {
        Optional<Long> pending = jdbc.sql("select id from move_in where person_id = :person"
                        + " and to_household_id = :household and status = 'PENDING'")
                .param("person", holder.personId())
                .param("household", to.id())
                .query(Long.class)
                .optional();
        if (pending.isPresent()) return pending.get();
        return jdbc.sql("""
                        insert into move_in (person_id, from_grid_code, to_household_id, to_grid_code, name, relation,
                                             status, requested_by, requested_at)
                        values (:person, :from, :household, :to, :name, :relation, 'PENDING', :by, :now) returning id""")
                .param("person", holder.personId())
                .param("from", holder.gridCode())
                .param("household", to.id())
                .param("to", to.gridCode())
                .param("name", command.name().trim())
                .param(
                        "relation",
                        command.relation() == null ? null : command.relation().name(),
                        Types.VARCHAR)
                .param("by", requestedBy)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public PageResult<MoveIn> page(Actor actor, MoveInStatus status, Paging paging) {
        String filter = status == null ? "" : " and m.status = '" + status.name() + "'";
        var items = visible(actor, SELECT + filter + " order by m.id desc limit :limit offset :offset")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(MoveIns::map)
                .list();
        long total = visible(actor, "select count(*) from move_in m where " + VISIBLE + filter)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /**
     * Locks every pending request for the person of request {@code id}, in id order, before one is
     * decided: accepting one lapses the others, so two decisions about one person must queue rather
     * than each hold one request and wait for the other's.
     */
    public void lockPendingOfSamePerson(long id) {
        jdbc.sql("select id from move_in where status = 'PENDING'"
                        + " and person_id = (select person_id from move_in where id = :id) order by id for update")
                .param("id", id)
                .query(Long.class)
                .list();
    }

    /** The request if the actor sees it; {@code forUpdate} locks it for a decision. */
    public Optional<MoveIn> find(Actor actor, long id, boolean forUpdate) {
        return visible(actor, SELECT + " and m.id = :id" + (forUpdate ? " for update of m" : ""))
                .param("id", id)
                .query(MoveIns::map)
                .optional();
    }

    public void decide(long id, MoveInStatus status, String by, Instant at, String reason) {
        jdbc.sql("update move_in set status = :status, decided_by = :by, decided_at = :at, reason = :reason"
                        + " where id = :id")
                .param("status", status.name())
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("reason", reason, Types.VARCHAR)
                .param("id", id)
                .update();
    }

    /** The other pending requests for a person: they lapse once one is accepted. */
    public List<MoveIn> otherPending(long personId, long acceptedId) {
        return jdbc.sql(
                        "select m.*, null as person_name, false as person_here from move_in m where m.person_id = :person"
                                + " and m.status = 'PENDING' and m.id <> :id")
                .param("person", personId)
                .param("id", acceptedId)
                .query(MoveIns::map)
                .list();
    }

    private JdbcClient.StatementSpec visible(Actor actor, String sql) {
        return ScopedSql.bind(jdbc.sql(sql), actor.scope()).param("decides", MoveInRule.decidesMoveIns(actor));
    }

    private static MoveIn map(ResultSet rs, int row) throws SQLException {
        String relation = rs.getString("relation");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new MoveIn(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("from_grid_code"),
                rs.getLong("to_household_id"),
                rs.getString("to_grid_code"),
                rs.getString("name"),
                relation == null ? null : Relation.valueOf(relation),
                MoveInStatus.valueOf(rs.getString("status")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("person_name"),
                rs.getBoolean("person_here"),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("reason"));
    }
}
