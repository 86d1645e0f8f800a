package org.redgrid.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.DateBounds;
import org.redgrid.shared.InvalidValue;
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

    /** Courses starting from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Period(Instant start, Instant end) {

        private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

        /** Whole days {@code from} to {@code to}, both included, in Beijing time. */
        public static Period days(LocalDate from, LocalDate to) {
            if (from == null) throw new InvalidValue("from", "required", "须指定开始日期", "from is required");
            if (to == null) throw new InvalidValue("to", "required", "须指定结束日期", "to is required");
            DateBounds.check("from", from);
            DateBounds.check("to", to);
            if (to.isBefore(from)) {
                throw new InvalidValue("to", "period.order", "结束日期不能早于开始日期", "to must not be before from");
            }
            return new Period(
                    from.atStartOfDay(BEIJING).toInstant(),
                    to.plusDays(1).atStartOfDay(BEIJING).toInstant());
        }
    }

    private final JdbcClient jdbc;

    AttendanceRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttendanceRate> perSchool(DataScope scope, Period period) {
        return query(
                "select s.id, s.name, " + COUNTS + " join training_school s on s.id = c.school_id where "
                        + ScopedSql.within("e.grid_code")
                        + " and c.starts_at >= :from and c.starts_at < :to group by s.id, s.name order by s.id",
                scope,
                period);
    }

    /**
     * Per branch the member belonged to at enrolment, without the branch's name (the organization module
     * holds it); members without a branch are left out.
     */
    public List<AttendanceRate> perBranch(DataScope scope, Period period) {
        return query(
                "select e.party_org_id as id, null as name, " + COUNTS
                        + " where e.party_org_id is not null and "
                        + ScopedSql.within("e.grid_code")
                        + " and c.starts_at >= :from and c.starts_at < :to group by e.party_org_id order by e.party_org_id",
                scope,
                period);
    }

    private List<AttendanceRate> query(String sql, DataScope scope, Period period) {
        return ScopedSql.bind(jdbc.sql(sql), scope)
                .param("from", Timestamp.from(period.start()))
                .param("to", Timestamp.from(period.end()))
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
