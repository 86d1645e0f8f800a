package org.redgrid.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.redgrid.notification.Channel;
import org.redgrid.notification.Notifications;
import org.redgrid.shared.PiiCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the outbox: due deliveries are claimed with {@code for update skip locked} (so several
 * nodes share the work without sending twice), sent, and marked SENT, or retried with backoff and
 * finally marked FAILED with the error kept for a person to read. A delivery goes to its group's robot
 * ({@code robot_id}) or to a region-wide channel; an SMS carries its recipient, encrypted at rest.
 */
@Component
public class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<Channel, MessageGateway> gateways;
    private final Clock clock;
    private final PiiCipher cipher;

    DeliverySender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            List<MessageGateway> gateways,
            Clock clock,
            PiiCipher cipher) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.gateways = gateways.stream().collect(Collectors.toMap(MessageGateway::channel, Function.identity()));
        this.clock = clock;
        this.cipher = cipher;
    }

    @Scheduled(fixedDelayString = "${redgrid.notification.send-interval:PT10S}", initialDelayString = "PT20S")
    void scheduled() {
        sendDue(clock.instant());
    }

    /** Sends what is due at {@code now}; returns how many were sent successfully. */
    public int sendDue(Instant now) {
        Integer sent = transactions.execute(tx -> {
            var due = jdbc.sql("""
                            select d.id, d.channel, d.content, d.attempts,
                                   coalesce(r.url, c.url), case when r.id is null then c.secret else r.secret end,
                                   d.recipient
                              from notification_delivery d
                              left join group_robot r on r.id = d.robot_id
                              left join notification_channel c on d.robot_id is null and c.channel = d.channel
                             where d.status = 'PENDING' and d.next_attempt_at <= :now
                               and coalesce(r.url, c.url) is not null
                             order by d.id limit 50
                               for update of d skip locked""")
                    .param("now", Timestamp.from(now))
                    .query((rs, n) -> new Object[] {
                        rs.getLong(1),
                        Channel.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBytes(7)
                    })
                    .list();
            int ok = 0;
            for (Object[] row : due) {
                long id = (Long) row[0];
                int attempts = (Integer) row[3] + 1;
                try {
                    byte[] recipient = (byte[]) row[6];
                    gateways.get((Channel) row[1])
                            .send(
                                    (String) row[4],
                                    (String) row[5],
                                    (String) row[2],
                                    recipient == null ? null : cipher.decrypt(recipient));
                    jdbc.sql("update notification_delivery set status = 'SENT', attempts = :attempts, sent_at = :now,"
                                    + " last_error = null where id = :id")
                            .param("attempts", attempts)
                            .param("now", Timestamp.from(now))
                            .param("id", id)
                            .update();
                    ok++;
                } catch (Exception e) {
                    String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    boolean giveUp = attempts >= Notifications.MAX_ATTEMPTS;
                    jdbc.sql("update notification_delivery set status = :status, attempts = :attempts,"
                                    + " next_attempt_at = :next, last_error = :error where id = :id")
                            .param("status", giveUp ? "FAILED" : "PENDING")
                            .param("attempts", attempts)
                            .param("next", Timestamp.from(now.plus(Notifications.backoff(attempts))))
                            .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                            .param("id", id)
                            .update();
                    log.warn("Delivery {} via {} failed (attempt {}): {}", id, row[1], attempts, error);
                }
            }
            return ok;
        });
        return sent == null ? 0 : sent;
    }
}
