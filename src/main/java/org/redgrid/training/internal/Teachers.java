package org.redgrid.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Text;
import org.redgrid.training.NewTeacher;
import org.redgrid.training.TeacherLevel;
import org.redgrid.training.TeacherView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The teacher pool (师资库) in SQL: a county's pool is seen by the county and every place inside it. */
@Component
public class Teachers {

    private static final int MAX_TOPICS = 20;

    private final JdbcClient jdbc;

    Teachers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Teachers of the pool, optionally only those available who teach a topic containing {@code topic}. */
    public List<TeacherView> list(DataScope scope, String topic, boolean availableOnly) {
        String like = topic == null || topic.isBlank() ? null : "%" + topic.strip() + "%";
        return TrainingScope.bind(
                        jdbc.sql("select * from training_teacher where " + TrainingScope.insideOrAbove("scope_code")
                                + " and (not :availableOnly or available)"
                                + " and (cast(:like as varchar) is null or exists (select 1 from unnest(topics) t where t like :like))"
                                + " order by level, name, id"),
                        scope)
                .param("availableOnly", availableOnly)
                .param("like", like, Types.VARCHAR)
                .query(Teachers::map)
                .list();
    }

    public Optional<TeacherView> find(DataScope scope, long id) {
        return TrainingScope.bind(
                        jdbc.sql("select * from training_teacher where id = :id and "
                                + TrainingScope.insideOrAbove("scope_code")),
                        scope)
                .param("id", id)
                .query(Teachers::map)
                .optional();
    }

    public long insert(NewTeacher command, String scopeCode, Instant now) {
        String name = Text.required("name", command.name(), 50);
        if (command.level() == null) throw new InvalidValue("level", "required", "须选择教师层级", "level is required");
        List<String> topics = topics(command.topics());
        return jdbc.sql("""
                        insert into training_teacher (name, level, title, topics, available, scope_code, created_at)
                        values (:name, :level, :title, :topics, :available, :scope, :now) returning id""")
                .param("name", name)
                .param("level", command.level().name())
                .param("title", Text.optional("title", command.title(), 100), Types.VARCHAR)
                .param("topics", topics.toArray(String[]::new))
                .param("available", !Boolean.FALSE.equals(command.available()))
                .param("scope", scopeCode)
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    private static List<String> topics(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidValue("topics", "required", "须填写至少一个授课专题", "at least one topic is required");
        }
        if (raw.size() > MAX_TOPICS) {
            throw new InvalidValue(
                    "topics", "max-items", "授课专题最多 " + MAX_TOPICS + " 个", "at most " + MAX_TOPICS + " topics");
        }
        return raw.stream()
                .map(topic -> Text.required("topics", topic, 100))
                .distinct()
                .toList();
    }

    private static TeacherView map(ResultSet rs, int row) throws SQLException {
        return new TeacherView(
                rs.getLong("id"),
                rs.getString("name"),
                TeacherLevel.valueOf(rs.getString("level")),
                rs.getString("title"),
                Arrays.asList((String[]) rs.getArray("topics").getArray()),
                rs.getBoolean("available"),
                rs.getString("scope_code"));
    }
}
