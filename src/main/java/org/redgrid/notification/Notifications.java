package org.redgrid.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.redgrid.notification.internal.OutboundAddressPolicy;
import org.redgrid.notification.internal.Outbox;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification module's API: each user's inbox, the channels, and the outbox of deliveries. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    /** After this many failed attempts a delivery is marked FAILED and left for a person to look at. */
    public static final int MAX_ATTEMPTS = 6;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OutboundAddressPolicy outbound;
    private final Outbox outbox;

    Notifications(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            OutboundAddressPolicy outbound,
            Outbox outbox) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.outbound = outbound;
        this.outbox = outbox;
    }

    public PageResult<InboxMessage> inbox(Boolean unreadOnly, Paging paging) {
        Actor actor = CurrentActor.require();
        String where = "username = :me" + (Boolean.TRUE.equals(unreadOnly) ? " and read_at is null" : "");
        var items = jdbc.sql(
                        "select * from inbox_message where " + where + " order by id desc limit :limit offset :offset")
                .param("me", actor.username())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Notifications::message)
                .list();
        long total = jdbc.sql("select count(*) from inbox_message where " + where)
                .param("me", actor.username())
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    @Transactional
    public InboxMessage markRead(long id) {
        Actor actor = CurrentActor.require();
        int updated = jdbc.sql(
                        "update inbox_message set read_at = coalesce(read_at, :now) where id = :id and username = :me")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("me", actor.username())
                .update();
        if (updated == 0) throw new NotFound("message", id);
        return jdbc.sql("select * from inbox_message where id = :id")
                .param("id", id)
                .query(Notifications::message)
                .single();
    }

    /** Writes an inbox message; called by the module's own listener after a case changed. */
    @Transactional
    public void deliverToInbox(String username, Long caseId, String caseNumber, String title, String body) {
        jdbc.sql("""
                        insert into inbox_message (username, case_id, case_number, title, body, created_at)
                        values (:user, :case, :number, :title, :body, :now)""")
                .param("user", username)
                .param("case", caseId, java.sql.Types.BIGINT)
                .param("number", caseNumber, java.sql.Types.VARCHAR)
                .param("title", truncate(title, 200))
                .param("body", truncate(body, 1000))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** One inbox message for one user about one case. */
    public record InboxItem(String username, long caseId, String caseNumber, String title, String body) {}

    /** Inbox messages of many cases at once (a bulk intake's), one statement for all of them. */
    public void deliverToInbox(List<InboxItem> items) {
        if (items.isEmpty()) return;
        jdbc.sql("""
                        insert into inbox_message (username, case_id, case_number, title, body, created_at)
                        select i.username, i.case_id, i.case_number, i.title, i.body, :now
                          from unnest(cast(:users as text[]), cast(:cases as bigint[]), cast(:numbers as text[]),
                                      cast(:titles as text[]), cast(:bodies as text[]))
                               with ordinality as i(username, case_id, case_number, title, body, position)
                         order by i.position""")
                .param("users", items.stream().map(InboxItem::username).toArray(String[]::new))
                .param("cases", items.stream().map(InboxItem::caseId).toArray(Long[]::new))
                .param("numbers", items.stream().map(InboxItem::caseNumber).toArray(String[]::new))
                .param(
                        "titles",
                        items.stream().map(i -> truncate(i.title(), 200)).toArray(String[]::new))
                .param(
                        "bodies",
                        items.stream().map(i -> truncate(i.body(), 1000)).toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Queues a group message on every enabled region-wide channel. */
    @Transactional
    public int enqueue(String content) {
        return outbox.toChannels(content);
    }

    /** Queues a case's message for the robot of the case's own grid only (none when the grid has none). */
    @Transactional
    public int enqueueToGrid(String gridCode, String content) {
        return outbox.toGroup(gridCode, null, content, null);
    }

    public List<ChannelSetting> channels() {
        requireRegionAdmin();
        return jdbc.sql("select channel, url, secret, enabled from notification_channel order by channel")
                .query((rs, n) -> new ChannelSetting(
                        Channel.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3) == null ? null : "******",
                        rs.getBoolean(4)))
                .list();
    }

    @Transactional
    public ChannelSetting saveChannel(Channel channel, ChannelSetting setting) {
        requireRegionAdmin();
        String url = outbound.accept(setting.url());
        jdbc.sql("""
                        insert into notification_channel (channel, url, secret, enabled, updated_at)
                        values (:channel, :url, :secret, :enabled, :now)
                        on conflict (channel) do update set url = excluded.url, secret = excluded.secret,
                            enabled = excluded.enabled, updated_at = excluded.updated_at""")
                .param("channel", channel.name())
                .param("url", url)
                .param(
                        "secret",
                        setting.secret() == null || setting.secret().isBlank() ? null : setting.secret(),
                        java.sql.Types.VARCHAR)
                .param("enabled", !Boolean.FALSE.equals(setting.enabled()))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AuditRecord("CHANNEL_SAVED", "notification_channel", channel.name(), null, url));
        return new ChannelSetting(
                channel, url, setting.secret() == null ? null : "******", !Boolean.FALSE.equals(setting.enabled()));
    }

    public PageResult<DeliveryView> deliveries(String status, Paging paging) {
        requireRegionAdmin();
        String where = status == null || status.isBlank() ? "true" : "status = :status";
        var items = jdbc.sql("select * from notification_delivery where " + where
                        + " order by id desc limit :limit offset :offset")
                .param("status", status == null ? "" : status.trim().toUpperCase())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Notifications::delivery)
                .list();
        long total = jdbc.sql("select count(*) from notification_delivery where " + where)
                .param("status", status == null ? "" : status.trim().toUpperCase())
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** The wait before the next attempt: 30 s, doubling each time, at most an hour. */
    public static Duration backoff(int attempts) {
        long seconds = Math.min(3600, 30L << Math.min(attempts - 1, 10));
        return Duration.ofSeconds(seconds);
    }

    private static void requireRegionAdmin() {
        if (!CurrentActor.require().has(Role.REGION_ADMIN)) {
            throw new Forbidden("只有自治区管理员可以管理消息通道", "only the region administrator manages channels");
        }
    }

    private static String truncate(String text, int max) {
        if (text == null) return "";
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static InboxMessage message(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new InboxMessage(
                rs.getLong("id"),
                (Long) rs.getObject("case_id"),
                rs.getString("case_number"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    private static DeliveryView delivery(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new DeliveryView(
                rs.getLong("id"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("content"),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
