package org.redgrid.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.internal.BatchIntakes;
import org.redgrid.casework.internal.BulkIntake;
import org.redgrid.casework.internal.CaseEvents;
import org.redgrid.casework.internal.CaseViews;
import org.redgrid.casework.internal.IntakeLookups;
import org.redgrid.casework.internal.Intakes;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.AuditRecords;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk intake for channel feeds (the 12345 hotline, other platforms): up to {@link BulkIntake#MAX_ITEMS}
 * cases a request, each with its own idempotency key, answered item by item in request order. Each
 * item is checked completely before it writes anything, so a refused item leaves no trace and never
 * blocks the others. The items taken commit together in one transaction and are acknowledged only
 * after that commit: a crash before it loses the whole request, which the channel retries with the
 * same keys; nothing acknowledged is ever lost.
 */
@Service
public class CaseBatches {

    /** One item as read from the request, or why it could not be read. */
    public record Item(BatchItem report, InvalidValue unreadable) {

        public static Item of(BatchItem report) {
            return new Item(report, null);
        }

        public static Item unreadable(InvalidValue why) {
            return new Item(null, why);
        }
    }

    /** One item's answer: the case taken (new, or the earlier one for a known key), or why it was refused. */
    public record Outcome(int index, Casework.Intake intake, RuntimeException refusal) {}

    private final Casework casework;
    private final Intakes intakes;
    private final BatchIntakes batchIntakes;
    private final CaseEvents caseEvents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseBatches(
            Casework casework,
            Intakes intakes,
            BatchIntakes batchIntakes,
            CaseEvents caseEvents,
            ApplicationEventPublisher events,
            Clock clock) {
        this.casework = casework;
        this.intakes = intakes;
        this.batchIntakes = batchIntakes;
        this.caseEvents = caseEvents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks every item (the categories and grids they name looked up once for the batch), inserts
     * the accepted ones in one statement, appends their first events in one more and their audit
     * entries in a third, and announces them as one {@link CasesTaken}. An item repeating a key used
     * earlier in the same batch is answered like a replay of that earlier item.
     */
    @Transactional
    public List<Outcome> create(List<Item> items) {
        Actor actor = CurrentActor.require();
        if (!BulkIntake.mayFileInBulk(actor)) {
            throw new Forbidden(
                    "只有工作人员、职能部门和渠道账号可以批量登记诉求",
                    "only staff, departments and channel accounts take cases in by the batch");
        }
        if (items == null || !BulkIntake.fitsOneRequest(items.size())) {
            throw new InvalidValue(
                    "items",
                    "items.size",
                    "items 须含 1–" + BulkIntake.MAX_ITEMS + " 件诉求",
                    "items must hold 1 to " + BulkIntake.MAX_ITEMS + " cases");
        }
        Instant now = clock.instant();
        Outcome[] outcomes = new Outcome[items.size()];
        IntakeLookups lookups = intakes.lookups();
        Map<String, Integer> firstWithKey = new LinkedHashMap<>();
        List<Intakes.Report> reports = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            if (item.unreadable() != null) {
                outcomes[index] = new Outcome(index, null, item.unreadable());
                continue;
            }
            try {
                String key = item.report().idempotencyKey();
                Intakes.Report report = intakes.checkInBulk(actor, item.report().report(), key, lookups);
                if (firstWithKey.putIfAbsent(key, index) == null) reports.add(report);
            } catch (InvalidValue | Forbidden | NotFound refused) {
                outcomes[index] = new Outcome(index, null, refused);
            }
        }
        Map<String, Casework.Intake> byKey = take(actor, reports, List.copyOf(firstWithKey.keySet()), now);
        for (int index = 0; index < items.size(); index++) {
            if (outcomes[index] != null) continue;
            String key = items.get(index).report().idempotencyKey();
            Casework.Intake intake = byKey.get(key);
            boolean first = firstWithKey.get(key) == index;
            outcomes[index] = new Outcome(index, first ? intake : new Casework.Intake(intake.view(), true), null);
        }
        return List.of(outcomes);
    }

    /** Takes the checked reports in and records them; the intakes by idempotency key. */
    private Map<String, Casework.Intake> take(
            Actor actor, List<Intakes.Report> reports, List<String> keys, Instant now) {
        Map<String, Casework.Intake> byKey = new LinkedHashMap<>();
        if (reports.isEmpty()) return byKey;
        List<Intakes.Taken> taken = batchIntakes.takeAll(actor, reports, keys, now);
        List<CaseView> created = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Intakes.Taken one = taken.get(i);
            CaseView view =
                    one.created().isPresent() ? CaseViews.of(one.created().get(), actor, now) : casework.get(one.id());
            if (one.created().isPresent()) created.add(view);
            byKey.put(keys.get(i), new Casework.Intake(view, one.created().isEmpty()));
        }
        if (!created.isEmpty()) record(actor, created, now);
        return byKey;
    }

    /** The cases' first events, their audit entries and their announcement: three writes for the batch. */
    private void record(Actor actor, List<CaseView> created, Instant now) {
        String by = actor.username();
        caseEvents.appendCreated(
                created.stream().map(CaseView::id).toList(),
                created.stream().map(CaseView::gridCode).toList(),
                by,
                now);
        events.publishEvent(new AuditRecords(created.stream()
                .map(view -> new AuditRecord("CASE_CREATED", "case", view.number(), view.gridCode(), view.category()))
                .toList()));
        events.publishEvent(new CasesTaken(created.stream()
                .map(view -> CaseActionTaken.of(view, CaseEventKind.CREATE, by, List.of(), now))
                .toList()));
    }
}
