package org.redgrid.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.redgrid.training.AttendanceRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attendance per school and per branch of the courses that started in a period, counted in SQL over the
 * enrolments inside the scope (by the member's grid), so a township sees its own members at the county's
 * school and the county sees all.
 */
@Component
public class AttendanceRates {

    private static final String COUNTS = """
            count(*) as enrolled,
            count(*) filter (where a.attended) as attended,
            count(distinct e.person_id) filter (where a.attended) as members
            from training_enrolment e
            join training_course c on c.id = e.course_id
            left join training_attendance a on a.enrolment_id = e.id
            """;

    private final JdbcClient jdbc;

    AttendanceRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttendanceRate> perSchool(DataScope scope, Instant from, Instant to) {
        return query(
                "select s.id, s.name, " + COUNTS + " join training_school s on s.id = c.school_id where "
                        + ScopedSql.within("e.grid_code")
                        + " and c.starts_at >= :from and c.starts_at < :to group by s.id, s.name order by s.id",
                scope,
                from,
                to);
    }

    /**
     * Per branch the member belonged to at enrolment, without the branch's name (the organization module
     * holds it); members without a branch are left out.
     */
    public List<AttendanceRate> perBranch(DataScope scope, Instant from, Instant to) {
        return query(
                "select e.party_org_id as id, null as name, " + COUNTS
                        + " where e.party_org_id is not null and "
                        + ScopedSql.within("e.grid_code")
                        + " and c.starts_at >= :from and c.starts_at < :to group by e.party_org_id order by e.party_org_id",
                scope,
                from,
                to);
    }

    private List<AttendanceRate> query(String sql, DataScope scope, Instant from, Instant to) {
        return ScopedSql.bind(jdbc.sql(sql), scope)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(AttendanceRates::map)
                .list();
    }

    private static AttendanceRate map(ResultSet rs, int row) throws SQLException {
        long enrolled = rs.getLong("enrolled");
        long attended = rs.getLong("attended");
        Double rate = enrolled == 0 ? null : Math.round(attended * 1000.0 / enrolled) / 10.0;
        return new AttendanceRate(
                rs.getLong("id"), rs.getString("name"), enrolled, attended, rs.getLong("members"), rate);
    }
}
