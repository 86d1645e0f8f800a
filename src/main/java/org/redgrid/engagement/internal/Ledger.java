package org.redgrid.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.redgrid.engagement.PointAward;
import org.redgrid.engagement.PointEntryView;
import org.redgrid.engagement.PointRule;
import org.redgrid.engagement.RankingRow;
import org.redgrid.engagement.Rankings;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The points ledger (积分台账): entries are only ever added, at most one per member, rule and source;
 * a correction is a reversing entry, never an edit.
 */
@Component
public class Ledger {

    public static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    /** A stored entry with the member and place it belongs to. */
    public record Entry(long id, long person, String gridCode, PointEntryView view) {}

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the award; empty when the member holds an entry of this rule and source already. */
    public Optional<Long> add(long person, String grid, PointAward award, String note, Long reverses, Instant at) {
        return jdbc.sql("""
                        insert into engagement_point (person_id, grid_code, rule, source, points, minutes, awarded_at, year,
                                approver, note, reverses)
                        values (:person, :grid, :rule, :source, :points, :minutes, :at, :year, :approver, :note, :reverses)
                        on conflict do nothing returning id""")
                .param("person", person)
                .param("grid", grid)
                .param("rule", award.rule().name())
                .param("source", award.source().toString())
                .param("points", award.points())
                .param("minutes", award.minutes())
                .param("at", Timestamp.from(at))
                .param("year", at.atZone(LOCAL).getYear())
                .param("approver", award.approver(), Types.VARCHAR)
                .param("note", note, Types.VARCHAR)
                .param("reverses", reverses, Types.BIGINT)
                .query(Long.class)
                .optional();
    }

    /** Points earned in a year towards the cap: everything but deductions, net of corrections. */
    public int earnedIn(long person, int year) {
        return jdbc.sql("""
                        select coalesce(sum(points), 0) from engagement_point
                        where person_id = :person and year = :year and rule <> 'DEDUCTION'""")
                .param("person", person)
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    /** The member's total: of one year, or of all years when {@code year} is null. */
    public int total(long person, Integer year) {
        return jdbc.sql("select coalesce(sum(points), 0) from engagement_point where person_id = :person"
                        + (year == null ? "" : " and year = :year"))
                .param("person", person)
                .param("year", year == null ? 0 : year)
                .query(Integer.class)
                .single();
    }

    public List<PointEntryView> entries(long person, Instant from, Instant to) {
        return jdbc.sql("""
                        select * from engagement_point where person_id = :person and awarded_at >= :from and awarded_at < :to
                        order by awarded_at desc, id desc limit 1000""")
                .param("person", person)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Ledger::view)
                .list();
    }

    /** An entry of a member whose home grid lies in the scope. */
    public Optional<Entry> find(DataScope scope, long id) {
        return ScopedSql.bind(
                        jdbc.sql("select * from engagement_point where id = :id and " + ScopedSql.within("grid_code")),
                        scope)
                .param("id", id)
                .query((rs, row) ->
                        new Entry(rs.getLong("id"), rs.getLong("person_id"), rs.getString("grid_code"), view(rs, row)))
                .optional();
    }

    public boolean reversed(long id) {
        return jdbc.sql("select count(*) from engagement_point where reverses = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Groups of members inside the division by community, branch or employer, with the points they
     * earned and the hours they served in the period, most points first.
     */
    public List<RankingRow> rank(String division, Rankings by, Instant from, Instant to) {
        String key = switch (by) {
            case COMMUNITY -> "left(m.grid_code, 12)";
            case BRANCH -> "cast(m.party_org_id as varchar)";
            case EMPLOYER -> "m.employer_code";
        };
        String name = by == Rankings.EMPLOYER ? "max(m.employer_name)" : "null";
        List<RankingRow> rows = jdbc.sql(
                        "select " + key + " as key, " + name + " as name, count(distinct m.person_id) as members,"
                                + " coalesce(sum(p.points), 0) as points,"
                                + " coalesce(sum(p.minutes) filter (where p.rule = 'SERVICE_HOURS' and p.reverses is null), 0) as minutes"
                                + " from engagement_member m join engagement_point p on p.person_id = m.person_id"
                                + " where m.grid_code like :prefix and p.awarded_at >= :from and p.awarded_at < :to"
                                + " and " + key + " is not null group by 1 order by points desc, key limit 100")
                .param("prefix", division + "%")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new RankingRow(
                        row + 1,
                        rs.getString("key"),
                        rs.getString("name"),
                        rs.getLong("members"),
                        rs.getLong("points"),
                        rs.getLong("minutes") / 60.0))
                .list();
        return rows;
    }

    /** Each member's total of a year, for the members of the division who have one. */
    public java.util.Map<Long, Integer> yearTotals(String division, int year) {
        java.util.Map<Long, Integer> totals = new java.util.HashMap<>();
        jdbc.sql("""
                        select person_id, sum(points) as total from engagement_point
                        where grid_code like :prefix and year = :year group by person_id""")
                .param("prefix", division + "%")
                .param("year", year)
                .query((rs, row) -> totals.put(rs.getLong("person_id"), rs.getInt("total")))
                .list();
        return totals;
    }

    /** Per member of the division: points and hours of the period, and the points of the year for stars. */
    public List<org.redgrid.engagement.EngagementFigures.MemberFigures> perMember(
            String division, Instant from, Instant to) {
        return jdbc.sql("""
                        select m.person_id, m.name, m.grid_code,
                               coalesce((select sum(p.points) from engagement_point p where p.person_id = m.person_id
                                          and p.awarded_at >= :from and p.awarded_at < :to), 0) as points,
                               coalesce((select sum(c.minutes) from engagement_checkin c where c.person_id = m.person_id
                                          and c.checked_in_at >= :from and c.checked_in_at < :to), 0) as minutes
                        from engagement_member m where m.grid_code like :prefix and m.party_member
                        order by m.grid_code, m.name limit 5000""")
                .param("prefix", division + "%")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> new org.redgrid.engagement.EngagementFigures.MemberFigures(
                        rs.getLong("person_id"),
                        rs.getString("name"),
                        rs.getString("grid_code"),
                        rs.getLong("points"),
                        rs.getLong("minutes") / 60.0))
                .list();
    }

    private static PointEntryView view(ResultSet rs, int row) throws SQLException {
        return new PointEntryView(
                rs.getLong("id"),
                PointRule.valueOf(rs.getString("rule")),
                rs.getString("source"),
                rs.getInt("points"),
                rs.getTimestamp("awarded_at").toInstant(),
                rs.getString("approver"),
                rs.getString("note"),
                rs.getObject("reverses", Long.class));
    }
}
