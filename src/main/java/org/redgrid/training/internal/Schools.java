package org.redgrid.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Text;
import org.redgrid.training.NewSchool;
import org.redgrid.training.SchoolKind;
import org.redgrid.training.SchoolView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Schools and teaching points in SQL, seen inside the scope and above it. */
@Component
public class Schools {

    private final JdbcClient jdbc;

    Schools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SchoolView> list(DataScope scope, SchoolKind kind) {
        return TrainingScope.bind(
                        jdbc.sql(
                                "select * from training_school where " + TrainingScope.insideOrAbove("scope_code")
                                        + " and (cast(:kind as varchar) is null or kind = :kind) order by scope_code, kind, id"),
                        scope)
                .param("kind", kind == null ? null : kind.name(), Types.VARCHAR)
                .query(Schools::map)
                .list();
    }

    public Optional<SchoolView> find(DataScope scope, long id) {
        return TrainingScope.bind(
                        jdbc.sql("select * from training_school where id = :id and "
                                + TrainingScope.insideOrAbove("scope_code")),
                        scope)
                .param("id", id)
                .query(Schools::map)
                .optional();
    }

    public long insert(NewSchool command, String scopeCode, Instant now) {
        return jdbc.sql("""
                        insert into training_school (kind, name, scope_code, parent_id, service_place_id, address, created_at)
                        values (:kind, :name, :scope, :parent, :place, :address, :now) returning id""")
                .param("kind", command.kind().name())
                .param("name", command.name().trim())
                .param("scope", scopeCode)
                .param("parent", command.parentId(), Types.BIGINT)
                .param("place", command.servicePlaceId(), Types.BIGINT)
                .param("address", Text.optional("address", command.address(), 300), Types.VARCHAR)
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private static SchoolView map(ResultSet rs, int row) throws SQLException {
        return new SchoolView(
                rs.getLong("id"),
                SchoolKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("scope_code"),
                (Long) rs.getObject("parent_id"),
                (Long) rs.getObject("service_place_id"),
                rs.getString("address"));
    }
}
