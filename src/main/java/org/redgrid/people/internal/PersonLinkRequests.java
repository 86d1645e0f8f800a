package org.redgrid.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.people.PersonLinkCandidate;
import org.redgrid.people.PersonLinkStatus;
import org.redgrid.people.PersonLinkView;
import org.redgrid.shared.Actor;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Person link requests in SQL. Staff see the requests naming a grid in their scope, and only at
 * community level or above; whether a person of that grid has the account's phone is computed here,
 * from the two keyed hashes, so that no phone number leaves the database.
 */
@Component
public class PersonLinkRequests {

    private static final String PHONE_MATCH = "exists (select 1 from person p where p.grid_code = l.grid_code"
            + " and l.phone_hash is not null and p.phone_hash = l.phone_hash)";
    private static final String STAFF_SELECT = "select l.*, " + PHONE_MATCH + " as phone_matches from person_link l"
            + " where :decides and " + ScopedSql.within("l.grid_code");

    private final JdbcClient jdbc;

    PersonLinkRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files a request; false when the account already has a pending one (the unique index says so). */
    public long file(String username, String name, String gridCode, byte[] phoneHash, Instant now) {
        return jdbc.sql("""
                        insert into person_link (username, name, grid_code, phone_hash, status, requested_at)
                        values (:username, :name, :grid, :phoneHash, 'PENDING', :now) returning id""")
                .param("username", username)
                .param("name", name)
                .param("grid", gridCode)
                .param("phoneHash", phoneHash, Types.BINARY)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public boolean hasPending(String username) {
        return jdbc.sql("select count(*) from person_link where username = :username and status = 'PENDING'")
                        .param("username", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The account's latest request, as the resident sees it (no phone match, no decider's scope). */
    public Optional<PersonLinkView> latestOf(String username) {
        return jdbc.sql("select l.*, null as phone_matches from person_link l where l.username = :username"
                        + " order by l.id desc limit 1")
                .param("username", username)
                .query((rs, n) -> map(rs, false))
                .optional();
    }

    public PageResult<PersonLinkView> page(Actor actor, PersonLinkStatus status, Paging paging) {
        String filter = status == null ? "" : " and l.status = '" + status.name() + "'";
        var items = visible(actor, STAFF_SELECT + filter + " order by l.id desc limit :limit offset :offset")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> map(rs, true))
                .list();
        long total = visible(
                        actor,
                        "select count(*) from person_link l where :decides and " + ScopedSql.within("l.grid_code")
                                + filter)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** The request if the actor may decide it; {@code forUpdate} locks it for a decision. */
    public Optional<PersonLinkView> find(Actor actor, long id, boolean forUpdate) {
        return visible(actor, STAFF_SELECT + " and l.id = :id" + (forUpdate ? " for update of l" : ""))
                .param("id", id)
                .query((rs, n) -> map(rs, true))
                .optional();
    }

    /** Persons of the request's grid, in the actor's scope, with the name given or the account's phone. */
    public List<PersonLinkCandidate> candidates(Actor actor, long id) {
        return visible(
                        actor,
                        "select p.id, p.name, coalesce(p.phone_hash = l.phone_hash, false) as phone_matches"
                                + " from person_link l join person p on p.grid_code = l.grid_code"
                                + " where :decides and l.id = :id and " + ScopedSql.within("p.grid_code")
                                + " and (p.name = l.name or p.phone_hash = l.phone_hash)"
                                + " order by phone_matches desc, p.id limit 20")
                .param("id", id)
                .query((rs, n) ->
                        new PersonLinkCandidate(rs.getLong("id"), rs.getString("name"), rs.getBoolean("phone_matches")))
                .list();
    }

    public void decide(long id, PersonLinkStatus status, Long personId, String by, Instant at, String reason) {
        jdbc.sql("update person_link set status = :status, person_id = :person, decided_by = :by, decided_at = :at,"
                        + " reason = :reason where id = :id")
                .param("status", status.name())
                .param("person", personId, Types.BIGINT)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("reason", reason, Types.VARCHAR)
                .param("id", id)
                .update();
    }

    private JdbcClient.StatementSpec visible(Actor actor, String sql) {
        return ScopedSql.bind(jdbc.sql(sql), actor.scope()).param("decides", PersonLinkRules.decidesLinks(actor));
    }

    private static PersonLinkView map(ResultSet rs, boolean staff) throws SQLException {
        PersonLinkStatus status = PersonLinkStatus.valueOf(rs.getString("status"));
        long personId = rs.getLong("person_id");
        Long person = rs.wasNull() ? null : personId;
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new PersonLinkView(
                rs.getLong("id"),
                status,
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("grid_code"),
                rs.getTimestamp("requested_at").toInstant(),
                staff ? rs.getBoolean("phone_matches") : null,
                person,
                staff && status == PersonLinkStatus.PENDING,
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("reason"));
    }
}
