package org.redgrid.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.redgrid.people.internal.Households;
import org.redgrid.people.internal.MoveInRule;
import org.redgrid.people.internal.MoveIns;
import org.redgrid.people.internal.MoveIns.MoveIn;
import org.redgrid.people.internal.Persons;
import org.redgrid.people.internal.RegistryRoles;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Move-in requests (迁入申请) filed by {@link People#register}: the requesting side sees what it filed,
 * the holder's community (or a level above, in scope) accepts, which moves the person record, or
 * declines with a reason. Every decision is audited.
 */
@Service
@Transactional(readOnly = true)
public class MoveInRequests {

    private final MoveIns moveIns;
    private final Persons persons;
    private final Households households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MoveInRequests(
            MoveIns moveIns, Persons persons, Households households, ApplicationEventPublisher events, Clock clock) {
        this.moveIns = moveIns;
        this.persons = persons;
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    /** Requests filed into the actor's scope or awaiting the actor's decision, newest first. */
    public PageResult<MoveInView> list(MoveInStatus status, Paging paging) {
        Actor actor = RegistryRoles.reader();
        PageResult<MoveIn> page = moveIns.page(actor, status, paging);
        return new PageResult<>(
                page.items().stream().map(row -> row.view(actor)).toList(), page.page(), page.size(), page.total());
    }

    public MoveInView get(long id) {
        Actor actor = RegistryRoles.reader();
        return moveIns.find(actor, id, false)
                .orElseThrow(() -> new NotFound("move-in request", id))
                .view(actor);
    }

    /** Moves the person into the requested household; other pending requests for them lapse. */
    @Transactional
    public MoveInView accept(long id) {
        Actor actor = RegistryRoles.writer();
        MoveIn request = pendingForDecision(actor, id);
        if (!persons.lockInGrid(request.personId(), request.fromGridCode())) {
            throw new Conflict("move-in.moved", "该人员已不在原网格", "the person is no longer in the original grid");
        }
        HouseholdView to = households
                .find(DataScope.of(request.gridCode()), request.householdId())
                .orElseThrow(() -> new NotFound("household", request.householdId()));
        Instant now = clock.instant();
        persons.move(request.personId(), to, request.relation());
        moveIns.decide(id, MoveInStatus.ACCEPTED, actor.username(), now, null);
        events.publishEvent(new AuditRecord(
                "MOVE_IN_ACCEPTED",
                "move_in",
                Long.toString(id),
                request.fromGridCode(),
                "person " + request.personId() + ": " + request.fromGridCode() + " -> " + to.gridCode()));
        for (MoveIn other : moveIns.otherPending(request.personId(), id)) {
            moveIns.decide(other.id(), MoveInStatus.LAPSED, actor.username(), now, null);
            events.publishEvent(new AuditRecord(
                    "MOVE_IN_LAPSED", "move_in", Long.toString(other.id()), other.gridCode(), "accepted " + id));
        }
        return get(id);
    }

    /** Keeps the person where they are; the requesting side sees the reason. */
    @Transactional
    public MoveInView decline(long id, String reason) {
        Actor actor = RegistryRoles.writer();
        String why = Text.required("reason", reason, 500);
        MoveIn request = pendingForDecision(actor, id);
        moveIns.decide(id, MoveInStatus.DECLINED, actor.username(), clock.instant(), why);
        events.publishEvent(
                new AuditRecord("MOVE_IN_DECLINED", "move_in", Long.toString(id), request.fromGridCode(), why));
        return get(id);
    }

    /** The request, locked: 404 when the actor cannot see it, 403 for its requesting side, 409 once decided. */
    private MoveIn pendingForDecision(Actor actor, long id) {
        moveIns.lockPendingOfSamePerson(id);
        Optional<MoveIn> found = moveIns.find(actor, id, true);
        MoveIn request = found.orElseThrow(() -> new NotFound("move-in request", id));
        if (!MoveInRule.mayDecide(actor, request.fromGridCode())) {
            throw new Forbidden(
                    "迁入申请由人员原所在社区或上级处理", "the community holding the person, or a level above, decides a move-in");
        }
        MoveInRule.requirePending(request.status());
        return request;
    }
}
