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
import org.redgrid.shared.Text;
import org.redgrid.training.CourseOrderView;
import org.redgrid.training.NewCourseOrder;
import org.redgrid.training.OrderStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demand list (培训需求意愿清单) in SQL, read inside the scope of the place each order is for. */
@Component
public class CourseOrders {

    private static final String SELECT = """
            select o.*, t.name as teacher_name from training_order o
              left join training_teacher t on t.id = o.teacher_id where\s""";

    private final JdbcClient jdbc;

    CourseOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CourseOrderView> list(DataScope scope, OrderStatus status) {
        return ScopedSql.bind(
                        jdbc.sql(SELECT + ScopedSql.within("o.scope_code")
                                + " and (cast(:status as varchar) is null or o.status = :status)"
                                + " order by o.created_at desc, o.id desc limit 200"),
                        scope)
                .param("status", status == null ? null : status.name(), Types.VARCHAR)
                .query(CourseOrders::map)
                .list();
    }

    public Optional<CourseOrderView> find(DataScope scope, long id) {
        return ScopedSql.bind(jdbc.sql(SELECT + "o.id = :id and " + ScopedSql.within("o.scope_code")), scope)
                .param("id", id)
                .query(CourseOrders::map)
                .optional();
    }

    public long insert(NewCourseOrder command, String scopeCode, String orderedBy, Instant now) {
        return jdbc.sql("""
                        insert into training_order (topic, note, party_org_id, ordered_by, scope_code, status, created_at)
                        values (:topic, :note, :org, :by, :scope, 'OPEN', :now) returning id""")
                .param("topic", Text.required("topic", command.topic(), 100))
                .param("note", Text.optional("note", command.note(), 500), Types.VARCHAR)
                .param("org", command.partyOrgId(), Types.BIGINT)
                .param("by", orderedBy)
                .param("scope", scopeCode)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Moves the order on, guarded by the status it was read in, so that two takers cannot both win. */
    public boolean take(long id, OrderStatus from, long teacherId, long schoolId, Instant now) {
        return jdbc.sql("""
                        update training_order set status = :to, teacher_id = :teacher, school_id = :school, taken_at = :now
                         where id = :id and status = :from""")
                        .param("to", OrderFlow.take(from).name())
                        .param("teacher", teacherId)
                        .param("school", schoolId)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    public boolean schedule(long id, OrderStatus from) {
        return jdbc.sql("update training_order set status = :to where id = :id and status = :from")
                        .param("to", OrderFlow.schedule(from).name())
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    private static CourseOrderView map(ResultSet rs, int row) throws SQLException {
        Timestamp taken = rs.getTimestamp("taken_at");
        return new CourseOrderView(
                rs.getLong("id"),
                rs.getString("topic"),
                rs.getString("note"),
                (Long) rs.getObject("party_org_id"),
                rs.getString("ordered_by"),
                rs.getString("scope_code"),
                OrderStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("teacher_id"),
                rs.getString("teacher_name"),
                (Long) rs.getObject("school_id"),
                rs.getTimestamp("created_at").toInstant(),
                taken == null ? null : taken.toInstant());
    }
}
