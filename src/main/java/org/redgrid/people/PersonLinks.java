package org.redgrid.people;

import java.time.Clock;
import java.util.List;
import org.redgrid.identity.ResidentLinks;
import org.redgrid.organization.Organization;
import org.redgrid.people.internal.PersonLinkRequests;
import org.redgrid.people.internal.PersonLinkRules;
import org.redgrid.people.internal.Persons;
import org.redgrid.people.internal.RegistryRoles;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linking a resident account to a person of the registry (居民身份关联): the resident names their grid
 * and name; community staff in scope see whether a person of that grid has the account's phone and
 * confirm with the person they chose, which links the account and narrows its scope to the person's
 * grid, or decline with a reason. The {@link PersonLinkRules} decide who may do what; every step is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class PersonLinks {

    private final PersonLinkRequests requests;
    private final Persons persons;
    private final ResidentLinks accounts;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonLinks(
            PersonLinkRequests requests,
            Persons persons,
            ResidentLinks accounts,
            Organization organization,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.persons = persons;
        this.accounts = accounts;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The current resident asks to be linked to the person of that name in the grid. */
    @Transactional
    public PersonLinkView request(String gridCode, String name) {
        Actor actor = CurrentActor.require();
        String who = Text.required("name", name, 50);
        String grid = gridCode == null ? "" : gridCode.strip();
        if (!organization.gridExists(grid)) {
            throw new InvalidValue("gridCode", "grid.unknown", "请选择所在网格", "choose the grid you live in");
        }
        PersonLinkRules.requireMayAsk(
                actor, accounts.linkedPerson(actor.username()).isPresent(), requests.hasPending(actor.username()));
        long id;
        try {
            id = requests.file(
                    actor.username(),
                    who,
                    grid,
                    accounts.phoneHash(actor.username()).orElse(null),
                    clock.instant());
        } catch (DuplicateKeyException concurrent) {
            throw new Conflict("person-link.open", "已有待确认的关联申请", "a link request of this account is still pending");
        }
        events.publishEvent(new AuditRecord("PERSON_LINK_REQUESTED", "person_link", Long.toString(id), grid, null));
        return mine();
    }

    /** The current account's latest request and its outcome; 404 when it never asked. */
    public PersonLinkView mine() {
        Actor actor = CurrentActor.require();
        return requests.latestOf(actor.username()).orElseThrow(() -> new NotFound("person link", actor.username()));
    }

    /** Requests naming a grid in the actor's scope, for community staff and above; newest first. */
    public PageResult<PersonLinkView> list(PersonLinkStatus status, Paging paging) {
        return requests.page(RegistryRoles.reader(), status, paging);
    }

    public PersonLinkView get(long id) {
        Actor actor = RegistryRoles.reader();
        return requests.find(actor, id, false).orElseThrow(() -> new NotFound("person link", id));
    }

    /** Whom staff may choose for the request: persons of its grid with the name given or the phone. */
    public List<PersonLinkCandidate> candidates(long id) {
        Actor actor = RegistryRoles.reader();
        requests.find(actor, id, false).orElseThrow(() -> new NotFound("person link", id));
        return requests.candidates(actor, id);
    }

    /** Links the account to the chosen person of the request's grid; its scope becomes that grid. */
    @Transactional
    public PersonLinkView confirm(long id, Long personId) {
        Actor actor = RegistryRoles.writer();
        if (personId == null) {
            throw new InvalidValue("personId", "required", "请选择要关联的人员", "personId is required");
        }
        PersonLinkView request = pendingForDecision(actor, id);
        var person = persons.find(actor.scope(), personId);
        PersonLinkRules.requirePersonInGrid(request.gridCode(), person.map(PersonView::gridCode));
        accounts.link(request.username(), personId, request.gridCode());
        requests.decide(id, PersonLinkStatus.CONFIRMED, personId, actor.username(), clock.instant(), null);
        events.publishEvent(new AuditRecord(
                "PERSON_LINK_CONFIRMED",
                "person_link",
                Long.toString(id),
                request.gridCode(),
                "account " + request.username() + " -> person " + personId + ", scope " + request.gridCode()
                        + (request.phoneMatches() ? ", phone matches" : "")));
        return get(id);
    }

    /** Leaves the account unlinked; the resident sees the reason and may ask again. */
    @Transactional
    public PersonLinkView decline(long id, String reason) {
        Actor actor = RegistryRoles.writer();
        String why = Text.required("reason", reason, 500);
        PersonLinkView request = pendingForDecision(actor, id);
        requests.decide(id, PersonLinkStatus.DECLINED, null, actor.username(), clock.instant(), why);
        events.publishEvent(
                new AuditRecord("PERSON_LINK_DECLINED", "person_link", Long.toString(id), request.gridCode(), why));
        return get(id);
    }

    /** The request, locked: 404 when the actor may not decide it, 409 once decided. */
    private PersonLinkView pendingForDecision(Actor actor, long id) {
        PersonLinkView request = requests.find(actor, id, true).orElseThrow(() -> new NotFound("person link", id));
        PersonLinkRules.requirePending(request.status());
        return request;
    }
}
