package org.redgrid.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.internal.BulkIntake;
import org.redgrid.casework.internal.Intakes;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
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
    private final Clock clock;

    CaseBatches(Casework casework, Intakes intakes, Clock clock) {
        this.casework = casework;
        this.intakes = intakes;
        this.clock = clock;
    }

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
        List<Outcome> outcomes = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            outcomes.add(take(actor, index, items.get(index), now));
        }
        return outcomes;
    }

    private Outcome take(Actor actor, int index, Item item, Instant now) {
        if (item.unreadable() != null) return new Outcome(index, null, item.unreadable());
        try {
            BatchItem report = item.report();
            Intakes.Taken taken = intakes.takeInBulk(actor, report.report(), report.idempotencyKey(), now);
            return new Outcome(index, casework.taken(actor, taken, Map.of(), now), null);
        } catch (InvalidValue | Forbidden | NotFound refused) {
            return new Outcome(index, null, refused);
        }
    }
}
