package org.redgrid.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.training.CourseMode;
import org.redgrid.training.CourseView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Courses in SQL, seen inside the scope and above it (a county's course is open to its townships'
 * members). Counts of enrolled and attended are those inside the reader's scope.
 */
@Component
public class Courses {

    private static final String SELECT = """
            select c.*, s.name as school_name, t.name as teacher_name,
                   (select count(*) from training_enrolment e where e.course_id = c.id
                       and e.grid_code >= :scopeLower and e.grid_code < :scopeUpper) as enrolled_here,
                   (select count(*) from training_enrolment e where e.course_id = c.id) as enrolled_all,
                   (select count(*) from training_enrolment e join training_attendance a on a.enrolment_id = e.id
                     where e.course_id = c.id and a.attended
                       and e.grid_code >= :scopeLower and e.grid_code < :scopeUpper) as attended_here
              from training_course c
              join training_school s on s.id = c.school_id
              left join training_teacher t on t.id = c.teacher_id
             where\s""";

    /** What a course row holds beyond its view: the venue's code, never shown outside the school. */
    public record Stored(CourseView view, String venueCode) {}

    /** The columns of a new course, checked by the facade. */
    public record Row(
            long schoolId,
            String title,
            String topic,
            Long teacherId,
            Long orderId,
            CourseMode mode,
            Instant startsAt,
            Instant endsAt,
            Integer capacity,
            Instant enrolmentClosesAt,
            String venueCode,
            String scopeCode) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Courses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CourseView> list(DataScope scope, Long schoolId, boolean upcomingOnly) {
        return TrainingScope.bind(
                        jdbc.sql(SELECT + TrainingScope.insideOrAbove("c.scope_code")
                                + " and (cast(:school as bigint) is null or c.school_id = :school)"
                                + " and (not :upcoming or c.ends_at > :now)"
                                + " order by c.starts_at desc, c.id desc limit 200"),
                        scope)
                .param("school", schoolId, Types.BIGINT)
                .param("upcoming", upcomingOnly)
                .param("now", Timestamp.from(clock.instant()))
                .query(this::map)
                .list()
                .stream()
                .map(Stored::view)
                .toList();
    }

    public Optional<Stored> find(DataScope scope, long id) {
        return TrainingScope.bind(
                        jdbc.sql(SELECT + "c.id = :id and " + TrainingScope.insideOrAbove("c.scope_code")), scope)
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Locks the course row, so that enrolments of one course are counted against its seats one at a time. */
    public void lock(long id) {
        jdbc.sql("select id from training_course where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    public long insert(Row row, Instant now) {
        return jdbc.sql("""
                        insert into training_course (school_id, title, topic, teacher_id, order_id, mode, starts_at, ends_at,
                                                     enrolment_closes, capacity, venue_code, scope_code, created_at)
                        values (:school, :title, :topic, :teacher, :order, :mode, :starts, :ends,
                                :closes, :capacity, :venue, :scope, :now) returning id""")
                .param("school", row.schoolId())
                .param("title", row.title())
                .param("topic", row.topic())
                .param("teacher", row.teacherId(), Types.BIGINT)
                .param("order", row.orderId(), Types.BIGINT)
                .param("mode", row.mode().name())
                .param("starts", Timestamp.from(row.startsAt()))
                .param("ends", Timestamp.from(row.endsAt()))
                .param("closes", Timestamp.from(row.enrolmentClosesAt()))
                .param("capacity", row.capacity(), Types.INTEGER)
                .param("venue", row.venueCode())
                .param("scope", row.scopeCode())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private Stored map(ResultSet rs, int row) throws SQLException {
        CourseMode mode = CourseMode.valueOf(rs.getString("mode"));
        Integer seats = (Integer) rs.getObject("capacity");
        Instant closes = rs.getTimestamp("enrolment_closes").toInstant();
        int all = rs.getInt("enrolled_all");
        CourseCapacity capacity = new CourseCapacity(seats);
        Integer left = capacity.seatsLeft(all);
        boolean open = new EnrolmentWindow(closes).isOpen(clock.instant()) && (left == null || left > 0);
        return new Stored(
                new CourseView(
                        rs.getLong("id"),
                        rs.getLong("school_id"),
                        rs.getString("school_name"),
                        rs.getString("title"),
                        rs.getString("topic"),
                        (Long) rs.getObject("teacher_id"),
                        rs.getString("teacher_name"),
                        (Long) rs.getObject("order_id"),
                        mode,
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        seats,
                        closes,
                        rs.getInt("enrolled_here"),
                        rs.getInt("attended_here"),
                        left,
                        open,
                        rs.getString("scope_code")),
                rs.getString("venue_code"));
    }
}
