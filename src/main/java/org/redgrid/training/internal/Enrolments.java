package org.redgrid.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.ScopedSql;
import org.redgrid.training.AttendanceMode;
import org.redgrid.training.EnrolmentView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Enrolments and their attendance in SQL, read inside the scope by the member's grid. */
@Component
public class Enrolments {

    private static final String SELECT = """
            select e.*, a.mode as attendance_mode, a.minutes_online, a.attended
              from training_enrolment e left join training_attendance a on a.enrolment_id = e.id
             where\s""";

    /** The member as enrolled: who, where they live, their branch. */
    public record Member(long personId, String name, String gridCode, Long partyOrgId) {}

    private final JdbcClient jdbc;

    Enrolments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EnrolmentView> ofCourse(DataScope scope, long courseId) {
        return ScopedSql.bind(
                        jdbc.sql(SELECT + "e.course_id = :course and " + ScopedSql.within("e.grid_code")
                                + " order by e.member_name, e.id"),
                        scope)
                .param("course", courseId)
                .query(Enrolments::map)
                .list();
    }

    public Optional<EnrolmentView> find(DataScope scope, long courseId, long personId) {
        return ScopedSql.bind(
                        jdbc.sql(SELECT + "e.course_id = :course and e.person_id = :person and "
                                + ScopedSql.within("e.grid_code")),
                        scope)
                .param("course", courseId)
                .param("person", personId)
                .query(Enrolments::map)
                .optional();
    }

    public int count(long courseId) {
        return jdbc.sql("select count(*) from training_enrolment where course_id = :course")
                .param("course", courseId)
                .query(Integer.class)
                .single();
    }

    public boolean exists(long courseId, long personId) {
        return jdbc.sql("select count(*) from training_enrolment where course_id = :course and person_id = :person")
                        .param("course", courseId)
                        .param("person", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(long courseId, Member member, String enrolledBy, Instant now) {
        return jdbc.sql("""
                        insert into training_enrolment (course_id, person_id, member_name, grid_code, party_org_id,
                                                        enrolled_by, enrolled_at)
                        values (:course, :person, :name, :grid, :org, :by, :now) returning id""")
                .param("course", courseId)
                .param("person", member.personId())
                .param("name", member.name())
                .param("grid", member.gridCode())
                .param("org", member.partyOrgId(), Types.BIGINT)
                .param("by", enrolledBy)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /**
     * Records the attendance of an enrolment; a second record replaces one that did not count (a member
     * who rejoined online), and is refused once one counts.
     */
    public boolean record(
            long enrolmentId, AttendanceMode mode, Integer minutesOnline, boolean attended, String by, Instant now) {
        return jdbc.sql("""
                        insert into training_attendance (enrolment_id, mode, minutes_online, attended, recorded_by, recorded_at)
                        values (:enrolment, :mode, :minutes, :attended, :by, :now)
                        on conflict (enrolment_id) do update
                           set mode = excluded.mode, minutes_online = excluded.minutes_online, attended = excluded.attended,
                               recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                         where not training_attendance.attended""")
                        .param("enrolment", enrolmentId)
                        .param("mode", mode.name())
                        .param("minutes", minutesOnline, Types.INTEGER)
                        .param("attended", attended)
                        .param("by", by)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    private static EnrolmentView map(ResultSet rs, int row) throws SQLException {
        String mode = rs.getString("attendance_mode");
        return new EnrolmentView(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getLong("person_id"),
                rs.getString("member_name"),
                rs.getString("grid_code"),
                (Long) rs.getObject("party_org_id"),
                rs.getTimestamp("enrolled_at").toInstant(),
                mode == null ? null : AttendanceMode.valueOf(mode),
                (Integer) rs.getObject("minutes_online"),
                (Boolean) rs.getObject("attended"));
    }
}
