package org.redgrid.scoring.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.notification.Notifications;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Closes a round: every open stage closes (facts still live are frozen), each unit's items are settled
 * ({@link Settlement}), the results ranked ({@link Ranking}) and published, and every bound login told.
 */
@Component
public class RoundClosing {

    private final RoundStore rounds;
    private final EntryStore entries;
    private final ResultStore results;
    private final Assessments assessments;
    private final FactReader facts;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundClosing(
            RoundStore rounds,
            EntryStore entries,
            ResultStore results,
            Assessments assessments,
            FactReader facts,
            Notifications notifications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.entries = entries;
        this.results = results;
        this.assessments = assessments;
        this.facts = facts;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    public void close(RoundContext context) {
        if (!context.assessor()) throw new Forbidden("只有组织部门可以结束考评", "only the organisation department closes a round");
        long round = context.round().id();
        if (!context.round().open()) throw new Conflict("round.closed", "考评已结束", "the round is already closed");
        List<ScoreCard> cards = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (RoundStore.Unit unit : context.units()) {
            String code = unit.unit().unit();
            names.put(code, unit.unit().name());
            if (unit.progress() == Progress.SELF) assessments.freeze(context, unit);
            var frozen = facts.facts(
                    context.definition(),
                    unit.unit(),
                    context.round().from(),
                    context.round().to(),
                    entries.facts(round, code));
            var settled =
                    Settlement.settled(context.definition(), entries.entries(round, code), FactReader.values(frozen));
            cards.add(Settlement.card(context.definition(), unit.unit(), settled));
        }
        if (!rounds.close(round, clock.instant()))
            throw new Conflict("round.closed", "考评已结束", "the round is already closed");
        var placed = Ranking.of(context.definition(), cards);
        results.save(round, placed, names);
        events.publishEvent(new AuditRecord(
                "ROUND_CLOSED",
                "scoring_round",
                Long.toString(round),
                context.round().area(),
                placed.size() + " results"));
        for (RoundStore.Unit unit : context.units()) {
            if (unit.unit().account() != null) {
                notifications.deliverToInbox(
                        unit.unit().account(),
                        null,
                        null,
                        "考评结果已公布：" + context.round().name(),
                        unit.unit().name() + " 的得分与明细已公布。");
            }
        }
    }
}
