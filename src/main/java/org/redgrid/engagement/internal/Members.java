package org.redgrid.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.MemberView;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 谁是谁: persons known to engagement, the login linked to each, and their branch and employer. */
@Component
public class Members {

    private static final String COLUMNS = """
            person_id, username, name, grid_code, phone_masked, party_member, in_service, party_org_id,
            employer_code, employer_name""";

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records or refreshes a person's link (a login linked to another person is refused before). */
    public void link(MemberView member, String by, Instant now) {
        jdbc.sql("""
                        insert into engagement_member (person_id, username, name, grid_code, phone_masked,
                                party_member, in_service, party_org_id, employer_code, employer_name, linked_by, linked_at)
                        values (:person, :username, :name, :grid, :phone, :party, :inService, :org, :employer,
                                :employerName, :by, :now)
                        on conflict (person_id) do update
                           set username = excluded.username, name = excluded.name, grid_code = excluded.grid_code,
                               phone_masked = excluded.phone_masked, party_member = excluded.party_member,
                               in_service = excluded.in_service, party_org_id = excluded.party_org_id,
                               employer_code = excluded.employer_code, employer_name = excluded.employer_name,
                               linked_by = excluded.linked_by, linked_at = excluded.linked_at""")
                .param("person", member.person())
                .param("username", member.username(), Types.VARCHAR)
                .param("name", member.name())
                .param("grid", member.gridCode())
                .param("phone", member.phoneMasked(), Types.VARCHAR)
                .param("party", member.partyMember())
                .param("inService", member.inService())
                .param("org", member.partyOrg(), Types.BIGINT)
                .param("employer", member.employerCode(), Types.VARCHAR)
                .param("employerName", member.employerName(), Types.VARCHAR)
                .param("by", by)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    public boolean usernameTaken(String username, long person) {
        return jdbc.sql("select count(*) from engagement_member where username = :username and person_id <> :person")
                        .param("username", username)
                        .param("person", person)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The member, whatever the scope: callers decide who may see them. */
    public Optional<MemberView> find(long person) {
        return one("person_id = :value", person);
    }

    /** The member row locked, so that concurrent awards to one member see each other's points. */
    public Optional<MemberView> lock(long person) {
        return one("person_id = :value for update", person);
    }

    /** The person a login is linked to. */
    public Optional<MemberView> ofLogin(String username) {
        return one("username = :value", username);
    }

    /**
     * The member if the reader may see them, decided in SQL: staff over the member's home grid, the
     * member themself ({@code own}), or the employer unit's login ({@code unit}) for its own members.
     */
    public Optional<MemberView> readable(long person, DataScope scope, boolean staff, Long own, String unit) {
        return ScopedSql.bind(
                        jdbc.sql("select " + COLUMNS
                                + " from engagement_member where person_id = :person and ((:staff and "
                                + ScopedSql.within("grid_code") + ") or person_id = :own or employer_code = :unit)"),
                        scope)
                .param("person", person)
                .param("staff", staff)
                .param("own", own == null ? -1L : own)
                .param("unit", unit == null ? "" : unit)
                .query(Members::view)
                .optional();
    }

    private Optional<MemberView> one(String condition, Object value) {
        return jdbc.sql("select " + COLUMNS + " from engagement_member where " + condition)
                .param("value", value)
                .query(Members::view)
                .optional();
    }

    public List<MemberView> within(DataScope scope, boolean partyOnly) {
        return ScopedSql.bind(
                        jdbc.sql("select " + COLUMNS + " from engagement_member where "
                                + ScopedSql.within("grid_code")
                                + (partyOnly ? " and party_member" : "") + " order by grid_code, name limit 500"),
                        scope)
                .query(Members::view)
                .list();
    }

    /** The members an employer unit has sent (双报告 goes to it). */
    public List<MemberView> ofEmployer(String creditCode) {
        return jdbc.sql("select " + COLUMNS + " from engagement_member where employer_code = :code order by name")
                .param("code", creditCode)
                .query(Members::view)
                .list();
    }

    /** Whether the member lives in the community or has an approved registration there. */
    public boolean belongsTo(long person, String community) {
        return jdbc.sql("""
                        select count(*) from engagement_member m
                        where m.person_id = :person
                          and (m.grid_code like :prefix
                               or exists (select 1 from engagement_registration r
                                          where r.person_id = m.person_id and r.community_code = :community
                                            and r.status = 'APPROVED'))""")
                        .param("person", person)
                        .param("prefix", community + "%")
                        .param("community", community)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void assignHousehold(long person, long household, String grid, String by, Instant now) {
        jdbc.sql("""
                        insert into engagement_household (person_id, household_id, grid_code, assigned_by, assigned_at)
                        values (:person, :household, :grid, :by, :now) on conflict do nothing""")
                .param("person", person)
                .param("household", household)
                .param("grid", grid)
                .param("by", by)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    public List<Long> households(long person) {
        return jdbc.sql("select household_id from engagement_household where person_id = :person order by household_id")
                .param("person", person)
                .query(Long.class)
                .list();
    }

    private static MemberView view(ResultSet rs, int row) throws SQLException {
        return new MemberView(
                rs.getLong("person_id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("grid_code"),
                rs.getString("phone_masked"),
                rs.getBoolean("party_member"),
                rs.getBoolean("in_service"),
                rs.getObject("party_org_id", Long.class),
                rs.getString("employer_code"),
                rs.getString("employer_name"));
    }
}
