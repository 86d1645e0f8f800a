package org.redgrid.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.NewPerson;
import org.redgrid.people.PartyMembership;
import org.redgrid.people.PersonChanges;
import org.redgrid.people.PersonQuery;
import org.redgrid.people.PersonView;
import org.redgrid.people.Relation;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Gender;
import org.redgrid.shared.IdNumber;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.ReadOnlyJdbc;
import org.redgrid.shared.ScopedSql;
import org.redgrid.shared.Text;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons in SQL: ID numbers and phones stored encrypted with a keyed hash beside them for exact
 * lookups, masked on the way out.
 */
@Component
public class Persons {

    /** Persons with their party membership and ledger kinds, ready for a scope predicate. */
    private static final String SELECT = """
            select p.*, pm.party_org_id, pm.in_service, pm.employer,
                   array(select l.kind from ledger_entry l where l.person_id = p.id order by l.kind) as ledger_kinds
              from person p left join party_member pm on pm.person_id = p.id
             where\s""";

    /** Where an ID number is already registered: the person and their grid. */
    public record Holder(long personId, String gridCode) {}

    private final JdbcClient jdbc;
    /** Exports, on the read replica when there is one. */
    private final JdbcClient reads;

    private final PiiCipher cipher;

    Persons(JdbcClient jdbc, ReadOnlyJdbc reads, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.reads = reads.client();
        this.cipher = cipher;
    }

    public PageResult<PersonView> page(DataScope scope, PersonQuery query, Paging paging) {
        PersonFilter filter = PersonFilter.of(scope, query, cipher);
        var items = jdbc.sql(SELECT + filter.where()
                        + " order by p.grid_code, p.household_id, p.id limit :limit offset :offset")
                .params(filter.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::map)
                .list();
        long total = jdbc.sql("select count(*) from person p where " + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public void each(DataScope scope, PersonQuery query, Consumer<PersonView> sink) {
        PersonFilter filter = PersonFilter.of(scope, query, cipher);
        reads.sql(SELECT + filter.where() + " order by p.grid_code, p.household_id, p.id")
                .params(filter.params())
                .query((RowCallbackHandler) rs -> sink.accept(map(rs, 0)));
    }

    public Optional<PersonView> find(DataScope scope, long id) {
        return ScopedSql.bind(jdbc.sql(SELECT + "p.id = :id and " + ScopedSql.within("p.grid_code")), scope)
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public PageResult<PersonView> partyMembers(DataScope scope, Boolean inService, Paging paging) {
        String where = ScopedSql.within("p.grid_code") + " and pm.person_id is not null"
                + (inService == null ? "" : " and pm.in_service = " + inService);
        var items = ScopedSql.bind(
                        jdbc.sql(SELECT + where + " order by p.grid_code, p.id limit :limit offset :offset"), scope)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::map)
                .list();
        long total = ScopedSql.bind(
                        jdbc.sql("select count(*) from person p join party_member pm on pm.person_id = p.id where "
                                + where),
                        scope)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** Where the ID number is registered anywhere in the region: uniqueness is region-wide. */
    public Optional<Holder> holderOf(IdNumber idNumber) {
        return jdbc.sql("select id, grid_code from person where id_number_hash = :hash")
                .param("hash", cipher.hash(idNumber.value()))
                .query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("grid_code")))
                .optional();
    }

    public long insert(HouseholdView household, NewPerson command, IdNumber idNumber, Instant now) {
        String name = Text.required("name", command.name(), 50);
        PhoneNumber phone = command.phone() == null || command.phone().isBlank()
                ? null
                : PhoneNumber.parse("phone", command.phone());
        return jdbc.sql("""
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
                .param("phoneEnc", phone == null ? null : cipher.encrypt(phone.value()), Types.BINARY)
                .param("phoneHash", phone == null ? null : cipher.hash(phone.value()), Types.BINARY)
                .param("ethnicity", Text.blankToNull(command.ethnicity()), Types.VARCHAR)
                .param(
                        "relation",
                        command.relation() == null ? null : command.relation().name(),
                        Types.VARCHAR)
                .param("tags", cleanTags(command.tags()).toArray(String[]::new))
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Applies the changes and returns the names of the fields changed. */
    public List<String> update(long id, PersonChanges changes) {
        PersonChangeSet changeSet = PersonChangeSet.of(changes, cipher);
        jdbc.sql("update person set " + changeSet.set() + " where id = :id")
                .params(changeSet.params())
                .param("id", id)
                .update();
        return changeSet.changed();
    }

    /** Locks the person's row if they are still registered in the grid, so that two moves cannot race. */
    public boolean lockInGrid(long personId, String gridCode) {
        return jdbc.sql("select id from person where id = :id and grid_code = :grid for update")
                .param("id", personId)
                .param("grid", gridCode)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /**
     * Moves a person, with their party membership and ledger entries, to another household. Past
     * visits stay with the grid that made them.
     */
    public void move(long personId, HouseholdView to, Relation relation) {
        jdbc.sql("update person set household_id = :household, grid_code = :grid, relation = :relation where id = :id")
                .param("household", to.id())
                .param("grid", to.gridCode())
                .param("relation", relation == null ? null : relation.name(), Types.VARCHAR)
                .param("id", personId)
                .update();
        for (String table : List.of("party_member", "ledger_entry")) {
            jdbc.sql("update " + table + " set grid_code = :grid where person_id = :id")
                    .param("grid", to.gridCode())
                    .param("id", personId)
                    .update();
        }
    }

    static List<String> cleanTags(List<String> tags) {
        return tags == null
                ? List.of()
                : tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    private PersonView map(ResultSet rs, int row) throws SQLException {
        byte[] phone = rs.getBytes("phone_enc");
        Array tags = rs.getArray("tags");
        Array ledgers = rs.getArray("ledger_kinds");
        String relation = rs.getString("relation");
        Object inService = rs.getObject("in_service");
        return new PersonView(
                rs.getLong("id"),
                (Long) rs.getObject("household_id"),
                rs.getString("grid_code"),
                rs.getString("name"),
                new IdNumber(cipher.decrypt(rs.getBytes("id_number_enc"))).masked(),
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
                        : new PartyMembership(
                                (Long) rs.getObject("party_org_id"), (Boolean) inService, rs.getString("employer")));
    }
}
