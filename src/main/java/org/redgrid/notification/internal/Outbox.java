package org.redgrid.notification.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import org.redgrid.notification.Channel;
import org.redgrid.shared.PiiCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts deliveries into the outbox that {@link DeliverySender} works off: to the region-wide channels,
 * to the robot of one group (a grid, community or meal point), or by SMS to one phone.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PiiCipher cipher;

    Outbox(JdbcClient jdbc, Clock clock, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** Queues a message on every enabled region-wide channel. */
    public int toChannels(String content) {
        return jdbc.sql("""
                        insert into notification_delivery (channel, content, status, next_attempt_at, created_at)
                        select channel, :content, 'PENDING', :now, :now from notification_channel where enabled""")
                .param("content", truncate(content, 2000))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * Queues a message on the enabled robot bound to exactly this group: a scope, and a place or none;
     * {@code notice} the notice it carries, if any.
     */
    public int toGroup(String scopeCode, Long placeId, String content, Long notice) {
        return jdbc.sql("""
                        insert into notification_delivery (channel, robot_id, notice_id, content, status,
                                                           next_attempt_at, created_at)
                        select channel, id, :notice, :content, 'PENDING', :now, :now from group_robot
                         where enabled and scope_code = :scope and coalesce(place_id, 0) = :place""")
                .param("content", truncate(content, 2000))
                .param("now", Timestamp.from(clock.instant()))
                .param("scope", scopeCode)
                .param("place", placeId == null ? 0L : placeId)
                .param("notice", notice, Types.BIGINT)
                .update();
    }

    /** Queues an SMS to one phone through the SMS gateway; the number is kept encrypted. */
    public void toPhone(String phone, String content) {
        jdbc.sql("""
                        insert into notification_delivery (channel, recipient, content, status, next_attempt_at,
                                                           created_at)
                        values (:channel, :recipient, :content, 'PENDING', :now, :now)""")
                .param("channel", Channel.SMS.name())
                .param("recipient", cipher.encrypt(phone), Types.BINARY)
                .param("content", truncate(content, 2000))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    static String truncate(String text, int max) {
        if (text == null) return "";
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
