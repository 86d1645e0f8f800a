package org.redgrid.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.redgrid.notification.NoticeChannel;
import org.redgrid.notification.NoticeReads;
import org.redgrid.notification.NoticeView;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notices and their recipients: each recipient gets an inbox message linked to the notice, whose read
 * time is the notice's read receipt. Lists and details are read inside a scope, or as a recipient.
 */
@Component
public class NoticeBook {

    private static final String SELECT = """
            select n.*,
                   (select count(*) from notice_recipient r where r.notice_id = n.id) as recipients,
                   (select count(*) from notice_recipient r join inbox_message m on m.id = r.inbox_message_id
                     where r.notice_id = n.id and m.read_at is not null) as read,
                   (select count(*) from notification_delivery d where d.notice_id = n.id) as groups
              from notice n""";

    private final JdbcClient jdbc;

    NoticeBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            String scope, Long place, String title, String body, List<NoticeChannel> channels, String by, Instant now) {
        return jdbc.sql("""
                        insert into notice (scope_code, place_id, title, body, channels, sender, created_at)
                        values (:scope, :place, :title, :body, :channels, :by, :now) returning id""")
                .param("scope", scope)
                .param("place", place, Types.BIGINT)
                .param("title", title)
                .param("body", body)
                .param(
                        "channels",
                        String.join(",", channels.stream().map(Enum::name).toList()))
                .param("by", by)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Writes the notice into the recipient's inbox and records them as a recipient. */
    public void deliver(long notice, String username, boolean buildingHead, String title, String body, Instant now) {
        jdbc.sql("""
                        with m as (
                        insert into inbox_message (username, notice_id, title, body, created_at)
                        values (:user, :notice, :title, :body, :now) returning id)
                        insert into notice_recipient (notice_id, username, building_head, inbox_message_id)
                        select :notice, :user, :head, id from m
                        on conflict do nothing""")
                .param("user", username)
                .param("notice", notice)
                .param("title", Outbox.truncate(title, 200))
                .param("body", Outbox.truncate(body, 1000))
                .param("head", buildingHead)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A notice inside the area (when the user sees one), or one the user received. */
    public Optional<NoticeView> find(long id, Optional<DataScope> area, String username) {
        return bindArea(jdbc.sql(SELECT + " where n.id = :id and (" + seen(area) + ")"), area)
                .param("id", id)
                .param("me", username)
                .query(NoticeBook::map)
                .optional();
    }

    /** The notices inside the area (when the user sees one) and those the user received, newest first. */
    public PageResult<NoticeView> list(Optional<DataScope> area, String username, Paging paging) {
        String where = " where " + seen(area);
        var items = bindArea(jdbc.sql(SELECT + where + " order by n.id desc limit :limit offset :offset"), area)
                .param("me", username)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(NoticeBook::map)
                .list();
        long total = bindArea(jdbc.sql("select count(*) from notice n" + where), area)
                .param("me", username)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private static String seen(Optional<DataScope> area) {
        String received = "exists (select 1 from notice_recipient r where r.notice_id = n.id and r.username = :me)";
        return area.isPresent() ? ScopedSql.within("n.scope_code") + " or " + received : received;
    }

    private static JdbcClient.StatementSpec bindArea(JdbcClient.StatementSpec statement, Optional<DataScope> area) {
        return area.map(scope -> ScopedSql.bind(statement, scope)).orElse(statement);
    }

    public boolean isBuildingHeadRecipient(long notice, String username) {
        return jdbc.sql(
                                "select count(*) from notice_recipient where notice_id = :n and username = :u and building_head")
                        .param("n", notice)
                        .param("u", username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void relayed(long notice, String username, Instant now) {
        jdbc.sql("update notice_recipient set relayed_at = coalesce(relayed_at, :now)"
                        + " where notice_id = :n and username = :u")
                .param("now", Timestamp.from(now))
                .param("n", notice)
                .param("u", username)
                .update();
    }

    /** Recipients with their read and relay times; building heads first, then by name. */
    public List<NoticeReads.Reader> readers(long notice) {
        return jdbc.sql("""
                        select r.username, r.building_head, m.read_at, r.relayed_at
                          from notice_recipient r left join inbox_message m on m.id = r.inbox_message_id
                         where r.notice_id = :n order by r.building_head desc, r.username""")
                .param("n", notice)
                .query((rs, row) ->
                        new NoticeReads.Reader(rs.getString(1), null, rs.getBoolean(2), instant(rs, 3), instant(rs, 4)))
                .list();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static NoticeView map(ResultSet rs, int row) throws SQLException {
        return new NoticeView(
                rs.getLong("id"),
                rs.getString("scope_code"),
                (Long) rs.getObject("place_id"),
                rs.getString("title"),
                rs.getString("body"),
                Arrays.stream(rs.getString("channels").split(","))
                        .map(NoticeChannel::valueOf)
                        .toList(),
                rs.getString("sender"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("recipients"),
                rs.getLong("read"),
                rs.getInt("groups"));
    }
}
