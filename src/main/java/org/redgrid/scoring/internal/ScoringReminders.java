package org.redgrid.scoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.redgrid.notification.Notifications;
import org.redgrid.scoring.Stage;
import org.redgrid.shared.OncePerTick;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the day before a stage's deadline, whoever still has that stage to score for a unit of an open
 * round — its bound login for the self-assessment, its reviewers for peer review — gets one inbox
 * reminder per round and stage.
 */
@Component
public class ScoringReminders {

    private final RoundStore rounds;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;
    private final OncePerTick oncePerTick;

    ScoringReminders(
            RoundStore rounds, JdbcClient jdbc, Notifications notifications, Clock clock, OncePerTick oncePerTick) {
        this.oncePerTick = oncePerTick;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Sends the reminders now due and answers how many it sent; none on the nodes that another node's run holds off. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public int remind() {
        if (!oncePerTick.claim("scoring.reminders")) return 0;
        LocalDate today = LocalDate.now(clock.withZone(Assessments.LOCAL));
        int sent = 0;
        for (RoundStore.Round round : rounds.open()) {
            if (!today.plusDays(1).isBefore(round.selfDue()) && !today.isAfter(round.selfDue())) {
                sent += remind(
                        round,
                        Stage.SELF,
                        "select distinct account from scoring_unit where round_id = :round and stage = 'SELF' and account is not null");
            }
            if (!today.plusDays(1).isBefore(round.peerDue()) && !today.isAfter(round.peerDue())) {
                sent += remind(round, Stage.PEER, """
                        select distinct v.reviewer from scoring_reviewer v join scoring_unit u on u.round_id = v.round_id and u.unit = v.unit
                         where v.round_id = :round and u.stage in ('SELF', 'PEER')
                           and not exists (select 1 from scoring_entry e where e.round_id = v.round_id and e.unit = v.unit
                                            and e.stage = 'PEER' and e.author = v.reviewer)""");
            }
        }
        return sent;
    }

    private int remind(RoundStore.Round round, Stage stage, String pending) {
        int sent = 0;
        for (String username :
                jdbc.sql(pending).param("round", round.id()).query(String.class).list()) {
            int inserted = jdbc.sql("""
                            insert into scoring_reminder (round_id, stage, username, sent_at) values (:round, :stage, :user, :now)
                            on conflict do nothing""")
                    .param("round", round.id())
                    .param("stage", stage.name())
                    .param("user", username)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (inserted == 1) {
                notifications.deliverToInbox(
                        username,
                        null,
                        null,
                        "考评" + stage.nameZh() + "即将截止：" + round.name(),
                        stage.nameZh() + "将于 " + (stage == Stage.SELF ? round.selfDue() : round.peerDue())
                                + " 截止，请尽快完成。");
                sent++;
            }
        }
        return sent;
    }
}
