package org.redgrid.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.MonthlyMinimum;
import org.redgrid.engagement.TeamFlag;
import org.redgrid.engagement.TeamKind;
import org.redgrid.engagement.TeamView;
import org.redgrid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Service teams (服务队) with their leaders and members, and the months a team fell below its minimum. */
@Component
public class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new team's id, or empty when the community has a team of that name already. */
    public Optional<Long> insert(
            String name, TeamKind kind, String community, String duties, int minimum, String by, Instant now) {
        return jdbc.sql("""
                        insert into engagement_team (name, kind, community_code, duties, monthly_minimum, created_by, created_at)
                        values (:name, :kind, :community, :duties, :minimum, :by, :now)
                        on conflict do nothing returning id""")
                .param("name", name)
                .param("kind", kind.name())
                .param("community", community)
                .param("duties", duties, java.sql.Types.VARCHAR)
                .param("minimum", minimum)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    public void addMember(long team, long person, boolean leader) {
        jdbc.sql("""
                        insert into engagement_team_member (team_id, person_id, leader) values (:team, :person, :leader)
                        on conflict (team_id, person_id) do update set leader = excluded.leader or engagement_team_member.leader""")
                .param("team", team)
                .param("person", person)
                .param("leader", leader)
                .update();
    }

    /** Teams of communities the scope covers or lies in (a resident sees their own community's teams). */
    public List<TeamView> visible(DataScope scope, String community) {
        return visible(scope, community, null);
    }

    public Optional<TeamView> find(DataScope scope, long id) {
        return visible(scope, null, id).stream().findFirst();
    }

    private List<TeamView> visible(DataScope scope, String community, Long id) {
        return Places.bind(
                        jdbc.sql("select * from engagement_team where " + Places.visible("community_code")
                                        + (community == null ? "" : " and community_code = :community")
                                        + (id == null ? "" : " and id = :id")
                                        + " order by community_code, id limit 200")
                                .param("community", community == null ? "" : community)
                                .param("id", id == null ? -1L : id),
                        scope)
                .query((rs, row) -> new TeamView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        TeamKind.valueOf(rs.getString("kind")),
                        rs.getString("community_code"),
                        rs.getString("duties"),
                        rs.getInt("monthly_minimum"),
                        roster(rs.getLong("id"))))
                .list();
    }

    /**
     * Teams of the division that held fewer activities (with at least one member checked in) than their
     * minimum in a month of the period; months not yet over are not judged.
     */
    public List<TeamFlag> belowMinimum(String division, YearMonth first, YearMonth last) {
        return jdbc
                .sql("""
                        select t.id, t.name, t.community_code, t.monthly_minimum, m.month,
                               (select count(*) from engagement_activity a
                                where a.team_id = t.id
                                  and a.starts_at >= (m.month at time zone 'Asia/Shanghai')
                                  and a.starts_at < ((m.month + interval '1 month') at time zone 'Asia/Shanghai')
                                  and exists (select 1 from engagement_checkin c where c.activity_id = a.id)) as held
                        from engagement_team t
                        cross join generate_series(cast(:first as timestamp), cast(:last as timestamp), interval '1 month') as m(month)
                        where t.community_code like :prefix and t.monthly_minimum > 0
                        order by m.month, t.community_code, t.id""")
                .param("first", first.atDay(1).atStartOfDay())
                .param("last", last.atDay(1).atStartOfDay())
                .param("prefix", division + "%")
                .query((rs, row) -> new TeamFlag(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("community_code"),
                        YearMonth.from(rs.getTimestamp("month").toLocalDateTime()),
                        rs.getLong("held"),
                        rs.getInt("monthly_minimum")))
                .list()
                .stream()
                .filter(flag -> new MonthlyMinimum(flag.minimum()).missedBy(flag.held()))
                .toList();
    }

    private List<TeamView.TeamMemberView> roster(long team) {
        return jdbc.sql("""
                        select m.person_id, m.name, m.phone_masked, tm.leader from engagement_team_member tm
                        join engagement_member m on m.person_id = tm.person_id
                        where tm.team_id = :team order by tm.leader desc, m.name""")
                .param("team", team)
                .query((rs, row) -> new TeamView.TeamMemberView(
                        rs.getLong("person_id"),
                        rs.getString("name"),
                        rs.getString("phone_masked"),
                        rs.getBoolean("leader")))
                .list();
    }
}
