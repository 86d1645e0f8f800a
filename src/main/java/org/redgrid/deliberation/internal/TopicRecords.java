package org.redgrid.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.redgrid.deliberation.TopicChannel;
import org.redgrid.deliberation.TopicStatus;
import org.redgrid.deliberation.Topics.TopicView;
import org.redgrid.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Topics and their supporters, always read inside the actor's scope. */
@Component
public class TopicRecords {

    private static final String SELECT = """
            select t.*, (select count(*) from delib_topic_support s where s.topic_id = t.id) as supports
            from delib_topic t""";

    private final JdbcClient jdbc;

    TopicRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String community,
            String title,
            String description,
            TopicChannel channel,
            String proposer,
            String fromCases,
            Instant now) {
        return jdbc.sql("""
                        insert into delib_topic (community_code, title, description, channel, status, proposer,
                                                 from_cases, created_at)
                        values (:community, :title, :description, :channel, 'OPEN', :proposer, :cases, :now)
                        returning id""")
                .param("community", community)
                .param("title", title)
                .param("description", description)
                .param("channel", channel.name())
                .param("proposer", proposer)
                .param("cases", fromCases, Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public Optional<TopicView> find(DataScope scope, long id) {
        return CommunityScope.bind(
                        jdbc.sql(SELECT + " where t.id = :id and " + CommunityScope.within("t.community_code")), scope)
                .param("id", id)
                .query(TopicRecords::map)
                .optional();
    }

    /** The topics of one community (or of every community in scope when {@code community} is null), newest first. */
    public List<TopicView> list(DataScope scope, String community) {
        return CommunityScope.bind(
                        jdbc.sql(SELECT + " where " + CommunityScope.within("t.community_code")
                                + " and (cast(:community as varchar) is null or t.community_code = :community)"
                                + " order by t.id desc limit 200"),
                        scope)
                .param("community", community, Types.VARCHAR)
                .query(TopicRecords::map)
                .list();
    }

    /** The topics on a meeting's agenda, in agenda order. */
    public List<TopicView> agenda(long meetingId) {
        return jdbc.sql(SELECT + " join delib_agenda a on a.topic_id = t.id where a.meeting_id = :meeting"
                        + " order by a.position")
                .param("meeting", meetingId)
                .query(TopicRecords::map)
                .list();
    }

    /** Records one supporter once; false when they had supported it already. */
    public boolean support(long id, String username, Instant now) {
        return jdbc.sql("""
                        insert into delib_topic_support (topic_id, username, at) values (:id, :user, :now)
                        on conflict do nothing""")
                        .param("id", id)
                        .param("user", username)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    public void setStatus(long id, TopicStatus status) {
        jdbc.sql("update delib_topic set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    /** Marks a duplicate merged and carries its supporters over to the topic it joins. */
    public void merge(long id, long into) {
        jdbc.sql("update delib_topic set status = 'MERGED', merged_into = :into where id = :id")
                .param("id", id)
                .param("into", into)
                .update();
        jdbc.sql("""
                        insert into delib_topic_support (topic_id, username, at)
                        select :into, username, at from delib_topic_support where topic_id = :id
                        on conflict do nothing""").param("id", id).param("into", into).update();
    }

    static TopicView map(ResultSet rs, int row) throws SQLException {
        long merged = rs.getLong("merged_into");
        return new TopicView(
                rs.getLong("id"),
                rs.getString("community_code"),
                rs.getString("title"),
                rs.getString("description"),
                TopicChannel.valueOf(rs.getString("channel")),
                TopicStatus.valueOf(rs.getString("status")),
                rs.getString("proposer"),
                rs.getInt("supports"),
                merged == 0 ? null : merged,
                rs.getString("from_cases"),
                rs.getTimestamp("created_at").toInstant());
    }
}
