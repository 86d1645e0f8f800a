package org.redgrid.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.Gender;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people registry's API: households, persons and party members inside the actor's data scope.
 * ID numbers and phones are stored encrypted with a keyed hash beside them; every view is masked, and
 * the plain value comes only through {@link #reveal}, which is audited with its reason.
 */
@Service
@Transactional(readOnly = true)
public class People {

    /** Persons with their party membership and ledger kinds, ready for a scope predicate. */
    private static final String PERSON_SELECT = """
            select p.*, pm.party_org_id, pm.in_service, pm.employer,
                   array(select l.kind from ledger_entry l where l.person_id = p.id order by l.kind) as ledger_kinds
              from person p left join party_member pm on pm.person_id = p.id
             where\s""";

    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(
            JdbcClient jdbc,
            PiiCipher cipher,
            Organization organization,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    // Households

    public PageResult<HouseholdView> households(String gridCode, Long buildingId, Paging paging) {
        Actor actor = requireRegistryReader();
        Map<String, Object> params = new HashMap<>();
        String where = householdFilter(actor.scope(), gridCode, buildingId, params);
        var items = jdbc.sql(HOUSEHOLD_SELECT + where + " order by h.grid_code, b.name, h.unit_name, h.room, h.id"
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(People::household)
                .list();
        long total = jdbc.sql("select count(*) from household h where " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public HouseholdView household(long id) {
        Actor actor = requireRegistryReader();
        return ScopedSql.bind(
                        jdbc.sql(HOUSEHOLD_SELECT + "h.id = :id and " + ScopedSql.within("h.grid_code")), actor.scope())
                .param("id", id)
                .query(People::household)
                .optional()
                .orElseThrow(() -> new NotFound("household", id));
    }

    @Transactional
    public HouseholdView createHousehold(NewHousehold command) {
        requireRegistryWriter();
        long id = insertHousehold(command);
        return household(id);
    }

    /** Finds the household at an address, so that an import adds persons to it instead of a duplicate. */
    Optional<Long> householdAt(String gridCode, Long buildingId, String unit, String room) {
        return jdbc.sql(
                        "select id from household where grid_code = :grid and building_id is not distinct from :building"
                                + " and unit_name is not distinct from :unit and room = :room order by id limit 1")
                .param("grid", gridCode)
                .param("building", buildingId, java.sql.Types.BIGINT)
                .param("unit", unit, java.sql.Types.VARCHAR)
                .param("room", room)
                .query(Long.class)
                .optional();
    }

    long insertHousehold(NewHousehold command) {
        if (command.gridCode() == null || !organization.gridVisible(command.gridCode())) {
            throw new NotFound("grid", command.gridCode());
        }
        String unit = Text.blankToNull(command.unit());
        if (command.buildingId() != null) {
            BuildingView building = organization.building(command.buildingId());
            if (!building.gridCode().equals(command.gridCode())) {
                throw new InvalidValue("buildingId", "building.grid", "楼栋不属于该网格", "the building is not in this grid");
            }
            if (unit != null && !building.unitNames().contains(unit)) {
                throw new InvalidValue(
                        "unit",
                        "unit.exists",
                        "楼栋 " + building.name() + " 没有 " + unit,
                        building.name() + " has no " + unit);
            }
        }
        String room = Text.required("room", command.room(), 20);
        long id = jdbc.sql("""
                        insert into household (grid_code, building_id, unit_name, room, address, created_at)
                        values (:grid, :building, :unit, :room, :address, :now) returning id""")
                .param("grid", command.gridCode())
                .param("building", command.buildingId(), java.sql.Types.BIGINT)
                .param("unit", unit, java.sql.Types.VARCHAR)
                .param("room", room)
                .param("address", Text.blankToNull(command.address()), java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(
                new AuditRecord("HOUSEHOLD_CREATED", "household", Long.toString(id), command.gridCode(), room));
        return id;
    }

    // Persons

    /**
     * Persons inside the scope: by household, grid prefix, name fragment, or an exact ID number found
     * through its keyed hash (never by decrypting rows).
     */
    public PageResult<PersonView> persons(PersonQuery query, Paging paging) {
        Actor actor = requireRegistryReader();
        Map<String, Object> params = new HashMap<>();
        String where = personFilter(actor.scope(), query, params);
        var items = jdbc.sql(PERSON_SELECT + where
                        + " order by p.grid_code, p.household_id, p.id limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::mapPerson)
                .list();
        long total = jdbc.sql("select count(*) from person p where " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** Streams every person matching the query inside the scope, for exports. */
    public void eachPerson(PersonQuery query, Consumer<PersonView> sink) {
        Actor actor = requireRegistryReader();
        Map<String, Object> params = new HashMap<>();
        String where = personFilter(actor.scope(), query, params);
        jdbc.sql(PERSON_SELECT + where + " order by p.grid_code, p.household_id, p.id")
                .params(params)
                .query((RowCallbackHandler) rs -> sink.accept(mapPerson(rs, 0)));
    }

    public PersonView person(long id) {
        Actor actor = requireRegistryReader();
        return ScopedSql.bind(
                        jdbc.sql(PERSON_SELECT + "p.id = :id and " + ScopedSql.within("p.grid_code")), actor.scope())
                .param("id", id)
                .query(this::mapPerson)
                .optional()
                .orElseThrow(() -> new NotFound("person", id));
    }

    @Transactional
    public PersonView createPerson(NewPerson command) {
        requireRegistryWriter();
        if (command.householdId() == null) {
            throw new InvalidValue("householdId", "required", "须指定户", "householdId is required");
        }
        HouseholdView household = household(command.householdId());
        IdNumber idNumber = IdNumber.parse("idNumber", command.idNumber());
        PhoneNumber phone = command.phone() == null || command.phone().isBlank()
                ? null
                : PhoneNumber.parse("phone", command.phone());
        if (idNumberRegistered(idNumber)) {
            throw new InvalidValue("idNumber", "idNumber.unique", "该身份证号已登记", "this ID number is already registered");
        }
        long id = insertPerson(household, command, idNumber, phone);
        return person(id);
    }

    boolean idNumberRegistered(IdNumber idNumber) {
        return jdbc.sql("select count(*) from person where id_number_hash = :hash")
                        .param("hash", cipher.hash(idNumber.value()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insertPerson(HouseholdView household, NewPerson command, IdNumber idNumber, PhoneNumber phone) {
        String name = Text.required("name", command.name(), 50);
        List<String> tags = command.tags() == null
                ? List.of()
                : command.tags().stream()
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .toList();
        long id = jdbc.sql("""
                        insert into person (household_id, grid_code, name, id_number_enc, id_number_hash, gender, birth_date,
                                            phone_enc, phone_hash, ethnicity, relation, tags, created_at)
                        values (:household, :grid, :name, :idEnc, :idHash, :gender, :birth, :phoneEnc, :phoneHash,
                                :ethnicity, :relation, :tags, :now) returning id""")
                .param("household", household.id())
                .param("grid", household.gridCode())
                .param("name", name)
                .param("idEnc", cipher.encrypt(idNumber.value()))
                .param("idHash", cipher.hash(idNumber.value()))
                .param("gender", idNumber.gender().name())
                .param("birth", idNumber.birthDate())
                .param("phoneEnc", phone == null ? null : cipher.encrypt(phone.value()), java.sql.Types.BINARY)
                .param("phoneHash", phone == null ? null : cipher.hash(phone.value()), java.sql.Types.BINARY)
                .param("ethnicity", Text.blankToNull(command.ethnicity()), java.sql.Types.VARCHAR)
                .param(
                        "relation",
                        command.relation() == null ? null : command.relation().name(),
                        java.sql.Types.VARCHAR)
                .param("tags", tags.toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new AuditRecord("PERSON_CREATED", "person", Long.toString(id), household.gridCode(), null));
        return id;
    }

    /** Changes the given fields; the audit records which fields changed, never their values. */
    @Transactional
    public PersonView updatePerson(long id, PersonChanges changes) {
        requireRegistryWriter();
        PersonView person = person(id);
        List<String> changed = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        StringBuilder set = new StringBuilder();
        if (changes.name() != null) {
            params.put("name", Text.required("name", changes.name(), 50));
            set.append(", name = :name");
            changed.add("name");
        }
        if (changes.phone() != null) {
            PhoneNumber phone = changes.phone().isBlank() ? null : PhoneNumber.parse("phone", changes.phone());
            params.put("phoneEnc", phone == null ? null : cipher.encrypt(phone.value()));
            params.put("phoneHash", phone == null ? null : cipher.hash(phone.value()));
            set.append(", phone_enc = cast(:phoneEnc as bytea), phone_hash = cast(:phoneHash as bytea)");
            changed.add("phone");
        }
        if (changes.ethnicity() != null) {
            if (changes.ethnicity().trim().length() > 20) {
                throw new InvalidValue("ethnicity", "max-length", "民族最多 20 个字符", "ethnicity is longer than 20");
            }
            params.put("ethnicity", Text.blankToNull(changes.ethnicity()));
            set.append(", ethnicity = cast(:ethnicity as varchar)");
            changed.add("ethnicity");
        }
        if (changes.relation() != null) {
            params.put("relation", changes.relation().name());
            set.append(", relation = :relation");
            changed.add("relation");
        }
        if (changes.tags() != null) {
            params.put(
                    "tags",
                    changes.tags().stream()
                            .map(String::trim)
                            .filter(t -> !t.isEmpty())
                            .toArray(String[]::new));
            set.append(", tags = :tags");
            changed.add("tags");
        }
        if (changed.isEmpty()) {
            throw new InvalidValue("body", "changes.empty", "没有要修改的字段", "no field to change");
        }
        params.put("id", person.id());
        jdbc.sql("update person set " + set.substring(2) + " where id = :id")
                .params(params)
                .update();
        events.publishEvent(new AuditRecord(
                "PERSON_UPDATED", "person", Long.toString(person.id()), person.gridCode(), String.join(",", changed)));
        return person(person.id());
    }

    /** Returns one plain sensitive value and records who saw it and why. */
    @Transactional
    public Revealed reveal(long personId, String field, String reason) {
        Actor actor = requireRegistryReader();
        if (reason == null || reason.trim().length() < 2) {
            throw new InvalidValue("reason", "required", "查看敏感信息须填写事由", "a reason is required to reveal personal data");
        }
        String column = switch (field == null ? "" : field) {
            case "idNumber" -> "id_number_enc";
            case "phone" -> "phone_enc";
            default ->
                throw new InvalidValue("field", "enum", "field 须为 idNumber 或 phone", "field must be idNumber or phone");
        };
        var row = ScopedSql.bind(
                        jdbc.sql("select grid_code, " + column + " as secret from person where id = :id and "
                                + ScopedSql.within("grid_code")),
                        actor.scope())
                .param("id", personId)
                .query((rs, n) -> new Object[] {rs.getString("grid_code"), rs.getBytes("secret")})
                .optional()
                .orElseThrow(() -> new NotFound("person", personId));
        events.publishEvent(new AuditRecord(
                "PII_REVEALED", "person", Long.toString(personId), (String) row[0], field + ": " + reason.trim()));
        return new Revealed(personId, field, cipher.decrypt((byte[]) row[1]));
    }

    // Party members

    @Transactional
    public PersonView registerPartyMember(NewPartyMember command) {
        requireRegistryWriter();
        if (command.personId() == null) throw new InvalidValue("personId", "required", "须指定人员", "personId is required");
        PersonView person = person(command.personId());
        boolean inService = Boolean.TRUE.equals(command.inService());
        if (inService && (command.employer() == null || command.employer().isBlank())) {
            throw new InvalidValue("employer", "required", "在职党员须填写工作单位", "an in-service member needs an employer");
        }
        jdbc.sql("""
                        insert into party_member (person_id, party_org_id, grid_code, in_service, employer)
                        values (:person, :org, :grid, :inService, :employer)
                        on conflict (person_id) do update
                           set party_org_id = excluded.party_org_id, in_service = excluded.in_service, employer = excluded.employer""")
                .param("person", person.id())
                .param("org", command.partyOrgId(), java.sql.Types.BIGINT)
                .param("grid", person.gridCode())
                .param("inService", inService)
                .param("employer", Text.blankToNull(command.employer()), java.sql.Types.VARCHAR)
                .update();
        events.publishEvent(new AuditRecord(
                "PARTY_MEMBER_REGISTERED",
                "person",
                Long.toString(person.id()),
                person.gridCode(),
                command.employer()));
        return person(person.id());
    }

    public PageResult<PersonView> partyMembers(Boolean inService, Paging paging) {
        Actor actor = requireRegistryReader();
        String where = ScopedSql.within("p.grid_code") + " and pm.person_id is not null"
                + (inService == null ? "" : " and pm.in_service = " + inService);
        var items = ScopedSql.bind(
                        jdbc.sql(PERSON_SELECT + where + " order by p.grid_code, p.id limit :limit offset :offset"),
                        actor.scope())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::mapPerson)
                .list();
        long total = ScopedSql.bind(
                        jdbc.sql("select count(*) from person p join party_member pm on pm.person_id = p.id where "
                                + where),
                        actor.scope())
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** Counts for a home page: households and persons inside the actor's scope. */
    public long[] counts() {
        Actor actor = requireRegistryReader();
        long households = ScopedSql.bind(
                        jdbc.sql("select count(*) from household where " + ScopedSql.within("grid_code")),
                        actor.scope())
                .query(Long.class)
                .single();
        long persons = ScopedSql.bind(
                        jdbc.sql("select count(*) from person where " + ScopedSql.within("grid_code")), actor.scope())
                .query(Long.class)
                .single();
        return new long[] {households, persons};
    }

    // Helpers

    private static final String HOUSEHOLD_SELECT = """
            select h.*, b.name as building_name, (select count(*) from person p where p.household_id = h.id) as members
              from household h left join building b on b.id = h.building_id
             where\s""";

    private String householdFilter(DataScope scope, String gridCode, Long buildingId, Map<String, Object> params) {
        params.put("scopeLower", scope.lower());
        params.put("scopeUpper", scope.upper());
        StringBuilder where = new StringBuilder(ScopedSql.within("h.grid_code"));
        if (gridCode != null && !gridCode.isBlank()) {
            where.append(" and h.grid_code like :grid");
            params.put("grid", digits("grid", gridCode) + "%");
        }
        if (buildingId != null) {
            where.append(" and h.building_id = :building");
            params.put("building", buildingId);
        }
        return where.toString();
    }

    private String personFilter(DataScope scope, PersonQuery query, Map<String, Object> params) {
        params.put("scopeLower", scope.lower());
        params.put("scopeUpper", scope.upper());
        StringBuilder where = new StringBuilder(ScopedSql.within("p.grid_code"));
        if (query.gridCode() != null && !query.gridCode().isBlank()) {
            where.append(" and p.grid_code like :grid");
            params.put("grid", digits("grid", query.gridCode()) + "%");
        }
        if (query.householdId() != null) {
            where.append(" and p.household_id = :household");
            params.put("household", query.householdId());
        }
        if (query.name() != null && !query.name().isBlank()) {
            where.append(" and p.name like :name");
            params.put("name", "%" + query.name().trim() + "%");
        }
        if (query.idNumber() != null && !query.idNumber().isBlank()) {
            where.append(" and p.id_number_hash = :idHash");
            params.put(
                    "idHash",
                    cipher.hash(IdNumber.parse("idNumber", query.idNumber()).value()));
        }
        if (query.phone() != null && !query.phone().isBlank()) {
            where.append(" and p.phone_hash = :phoneHash");
            params.put(
                    "phoneHash",
                    cipher.hash(PhoneNumber.parse("phone", query.phone()).value()));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            where.append(" and :tag = any(p.tags)");
            params.put("tag", query.tag().trim());
        }
        return where.toString();
    }

    private static String digits(String field, String value) {
        String trimmed = value.trim();
        if (!trimmed.matches("\\d{1,15}")) {
            throw new InvalidValue(field, "code.digits", field + " 须为数字编码", field + " must be a numeric code");
        }
        return trimmed;
    }

    private PersonView mapPerson(ResultSet rs, int row) throws SQLException {
        String idNumber = cipher.decrypt(rs.getBytes("id_number_enc"));
        byte[] phone = rs.getBytes("phone_enc");
        Array tags = rs.getArray("tags");
        Array ledgers = rs.getArray("ledger_kinds");
        String relation = rs.getString("relation");
        Object partyOrg = rs.getObject("party_org_id");
        Object inService = rs.getObject("in_service");
        return new PersonView(
                rs.getLong("id"),
                (Long) rs.getObject("household_id"),
                rs.getString("grid_code"),
                rs.getString("name"),
                new IdNumber(idNumber).masked(),
                Gender.valueOf(rs.getString("gender")),
                rs.getDate("birth_date").toLocalDate(),
                phone == null ? null : new PhoneNumber(cipher.decrypt(phone)).masked(),
                rs.getString("ethnicity"),
                relation == null ? null : Relation.valueOf(relation),
                Arrays.asList((String[]) tags.getArray()),
                Arrays.stream((String[]) ledgers.getArray())
                        .map(LedgerKind::valueOf)
                        .toList(),
                inService == null
                        ? null
                        : new PartyMembership((Long) partyOrg, (Boolean) inService, rs.getString("employer")));
    }

    private static HouseholdView household(ResultSet rs, int row) throws SQLException {
        return new HouseholdView(
                rs.getLong("id"),
                rs.getString("grid_code"),
                (Long) rs.getObject("building_id"),
                rs.getString("building_name"),
                rs.getString("unit_name"),
                rs.getString("room"),
                rs.getString("address"),
                rs.getInt("members"));
    }

    static Actor requireRegistryReader() {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能查看人口信息", "your role may not read the people registry");
        }
        return actor;
    }

    static Actor requireRegistryWriter() {
        return requireRegistryReader();
    }
}
