package org.redgrid.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.redgrid.people.internal.Households;
import org.redgrid.people.internal.MoveInRule;
import org.redgrid.people.internal.MoveIns;
import org.redgrid.people.internal.PartyMembers;
import org.redgrid.people.internal.PersonalData;
import org.redgrid.people.internal.Persons;
import org.redgrid.people.internal.RegistryRoles;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people registry's API: households, persons and party members inside the actor's data scope.
 * ID numbers and phones are stored encrypted with a keyed hash beside them; every view is masked, and
 * the plain value comes only through {@link #reveal}, which is audited with its reason. An ID number is
 * unique region-wide; registering one held outside the registrar's scope files a move-in request.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final Households households;
    private final Persons persons;
    private final PartyMembers partyMembers;
    private final PersonalData personalData;
    private final MoveIns moveIns;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(
            Households households,
            Persons persons,
            PartyMembers partyMembers,
            PersonalData personalData,
            MoveIns moveIns,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.households = households;
        this.persons = persons;
        this.partyMembers = partyMembers;
        this.personalData = personalData;
        this.moveIns = moveIns;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // Households

    public PageResult<HouseholdView> households(String gridCode, Long buildingId, Paging paging) {
        return households.page(requireRegistryReader().scope(), gridCode, buildingId, paging);
    }

    public HouseholdView household(long id) {
        return households.find(requireRegistryReader().scope(), id).orElseThrow(() -> new NotFound("household", id));
    }

    @Transactional
    public HouseholdView createHousehold(NewHousehold command) {
        requireRegistryWriter();
        return household(insertHousehold(command));
    }

    /** Finds the household at an address, so that an import adds persons to it instead of a duplicate. */
    Optional<Long> householdAt(String gridCode, Long buildingId, String unit, String room) {
        return households.at(gridCode, buildingId, unit, room);
    }

    long insertHousehold(NewHousehold command) {
        long id = households.insert(command, clock.instant());
        events.publishEvent(new AuditRecord(
                "HOUSEHOLD_CREATED", "household", Long.toString(id), command.gridCode(), command.room()));
        return id;
    }

    // Persons

    /**
     * Persons inside the scope: by household, grid prefix, name fragment, or an exact ID number found
     * through its keyed hash (never by decrypting rows).
     */
    public PageResult<PersonView> persons(PersonQuery query, Paging paging) {
        return persons.page(requireRegistryReader().scope(), query, paging);
    }

    /** Streams every person matching the query inside the scope, for exports. */
    public void eachPerson(PersonQuery query, Consumer<PersonView> sink) {
        persons.each(requireRegistryReader().scope(), query, sink);
    }

    public PersonView person(long id) {
        return persons.find(requireRegistryReader().scope(), id).orElseThrow(() -> new NotFound("person", id));
    }

    /**
     * Registers a person in a household. An ID number registered inside the registrar's scope is refused
     * by name; one registered outside it files a move-in request, which says nothing about that record.
     */
    @Transactional
    public Registration register(NewPerson command) {
        Actor actor = requireRegistryWriter();
        if (command.householdId() == null) {
            throw new InvalidValue("householdId", "required", "须指定户", "householdId is required");
        }
        HouseholdView household = household(command.householdId());
        IdNumber idNumber = IdNumber.parse("idNumber", command.idNumber(), clock);
        if (command.phone() != null && !command.phone().isBlank()) PhoneNumber.parse("phone", command.phone());
        Text.required("name", command.name(), 50);
        return file(actor, household, command, idNumber);
    }

    /** Where the ID number stands for this actor: free, a duplicate they may see, or held elsewhere. */
    MoveInRule.Collision collision(Actor actor, IdNumber idNumber) {
        return MoveInRule.collision(actor.scope(), persons.holderOf(idNumber).map(Persons.Holder::gridCode));
    }

    /** Inserts the person, refuses a duplicate in scope, or files a move-in for one held elsewhere. */
    Registration file(Actor actor, HouseholdView household, NewPerson command, IdNumber idNumber) {
        Optional<Persons.Holder> holder = persons.holderOf(idNumber);
        switch (MoveInRule.collision(actor.scope(), holder.map(Persons.Holder::gridCode))) {
            case IN_SCOPE ->
                throw new InvalidValue(
                        "idNumber", "idNumber.unique", "该身份证号已登记", "this ID number is already registered");
            case ELSEWHERE -> {
                long id = moveIns.file(holder.orElseThrow(), household, command, actor.username(), clock.instant());
                events.publishEvent(new AuditRecord(
                        "MOVE_IN_REQUESTED",
                        "move_in",
                        Long.toString(id),
                        household.gridCode(),
                        "household " + household.id()));
                return Registration.moveInFiled(
                        moveIns.find(actor, id, false).orElseThrow().view(actor));
            }
            default -> {
                long id = persons.insert(household, command, idNumber, clock.instant());
                events.publishEvent(
                        new AuditRecord("PERSON_CREATED", "person", Long.toString(id), household.gridCode(), null));
                return Registration.registered(person(id));
            }
        }
    }

    /** Changes the given fields; the audit records which fields changed, never their values. */
    @Transactional
    public PersonView updatePerson(long id, PersonChanges changes) {
        requireRegistryWriter();
        PersonView person = person(id);
        List<String> changed = persons.update(person.id(), changes);
        events.publishEvent(new AuditRecord(
                "PERSON_UPDATED", "person", Long.toString(person.id()), person.gridCode(), String.join(",", changed)));
        return person(person.id());
    }

    /** Returns one plain sensitive value and records who saw it and why. */
    @Transactional
    public Revealed reveal(long personId, String field, String reason) {
        Actor actor = requireRegistryReader();
        PersonalData.Plain plain = personalData
                .reveal(actor.scope(), personId, field, reason)
                .orElseThrow(() -> new NotFound("person", personId));
        events.publishEvent(new AuditRecord(
                "PII_REVEALED", "person", Long.toString(personId), plain.gridCode(), field + ": " + reason.trim()));
        return new Revealed(personId, field, plain.value());
    }

    // Party members

    @Transactional
    public PersonView registerPartyMember(NewPartyMember command) {
        requireRegistryWriter();
        if (command.personId() == null) throw new InvalidValue("personId", "required", "须指定人员", "personId is required");
        PersonView person = person(command.personId());
        partyMembers.register(person, command);
        events.publishEvent(new AuditRecord(
                "PARTY_MEMBER_REGISTERED",
                "person",
                Long.toString(person.id()),
                person.gridCode(),
                command.employer()));
        return person(person.id());
    }

    public PageResult<PersonView> partyMembers(Boolean inService, Paging paging) {
        return persons.partyMembers(requireRegistryReader().scope(), inService, paging);
    }

    /** Counts for a home page: households and persons inside the actor's scope. */
    public long[] counts() {
        Actor actor = requireRegistryReader();
        return new long[] {count("household", actor), count("person", actor)};
    }

    private long count(String table, Actor actor) {
        return ScopedSql.bind(
                        jdbc.sql("select count(*) from " + table + " where " + ScopedSql.within("grid_code")),
                        actor.scope())
                .query(Long.class)
                .single();
    }

    static Actor requireRegistryReader() {
        return RegistryRoles.reader();
    }

    static Actor requireRegistryWriter() {
        return RegistryRoles.writer();
    }
}
