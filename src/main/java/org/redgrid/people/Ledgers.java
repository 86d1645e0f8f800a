package org.redgrid.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.redgrid.shared.Actor;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
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
 * Key-population ledgers (重点人群台账) and visits (走访). A visit moves the entry's next due date one
 * cycle on from the day of the visit; entries whose due date has passed are overdue.
 */
@Service
@Transactional(readOnly = true)
public class Ledgers {

    /** Visits with the name of the person visited. */
    private static final String VISITS =
            "select v.*, p.name as person_name from visit v join person p on p.id = v.person_id";

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");
    private static final String ENTRY_SELECT = """
            select l.*, p.name as person_name, p.id_number_enc, p.phone_enc
              from ledger_entry l join person p on p.id = l.person_id
             where\s""";

    private final JdbcClient jdbc;
    private final People people;
    private final PiiCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ledgers(JdbcClient jdbc, People people, PiiCipher cipher, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    public PageResult<LedgerEntryView> entries(LedgerKind kind, String gridCode, Boolean dueOnly, Paging paging) {
        Actor actor = People.requireRegistryReader();
        Map<String, Object> params = new HashMap<>();
        String where = filter(actor, kind, gridCode, dueOnly, params);
        var items = jdbc.sql(ENTRY_SELECT + where + " order by l.next_visit_due, l.id limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(this::mapEntry)
                .list();
        long total = jdbc.sql("select count(*) from ledger_entry l where " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    /** Streams every matching entry inside the scope, for exports. */
    public void eachEntry(LedgerKind kind, String gridCode, Boolean dueOnly, Consumer<LedgerEntryView> sink) {
        Actor actor = People.requireRegistryReader();
        Map<String, Object> params = new HashMap<>();
        String where = filter(actor, kind, gridCode, dueOnly, params);
        jdbc.sql(ENTRY_SELECT + where + " order by l.grid_code, l.kind, l.next_visit_due, l.id")
                .params(params)
                .query((RowCallbackHandler) rs -> sink.accept(mapEntry(rs, 0)));
    }

    public LedgerEntryView entry(long id) {
        Actor actor = People.requireRegistryReader();
        return ScopedSql.bind(
                        jdbc.sql(ENTRY_SELECT + "l.id = :id and " + ScopedSql.within("l.grid_code")), actor.scope())
                .param("id", id)
                .query(this::mapEntry)
                .optional()
                .orElseThrow(() -> new NotFound("ledger entry", id));
    }

    @Transactional
    public LedgerEntryView enrol(NewLedgerEntry command) {
        People.requireRegistryWriter();
        if (command.personId() == null) throw new InvalidValue("personId", "required", "须指定人员", "personId is required");
        if (command.kind() == null) throw new InvalidValue("kind", "required", "须指定台账类别", "kind is required");
        PersonView person = people.person(command.personId());
        int cycle =
                command.visitCycleDays() == null ? command.kind().defaultVisitCycleDays() : command.visitCycleDays();
        if (cycle < 1 || cycle > 366) {
            throw new InvalidValue("visitCycleDays", "range", "走访周期须在 1 到 366 天之间", "visitCycleDays must be 1–366");
        }
        if (jdbc.sql("select count(*) from ledger_entry where person_id = :person and kind = :kind")
                        .param("person", person.id())
                        .param("kind", command.kind().name())
                        .query(Long.class)
                        .single()
                > 0) {
            throw new InvalidValue("kind", "ledger.unique", "该人员已在此台账中", "the person is already on this ledger");
        }
        LocalDate today = LocalDate.now(clock.withZone(LOCAL));
        long id = jdbc.sql("""
                        insert into ledger_entry (person_id, grid_code, kind, visit_cycle_days, note, created_at, next_visit_due)
                        values (:person, :grid, :kind, :cycle, :note, :now, :due) returning id""")
                .param("person", person.id())
                .param("grid", person.gridCode())
                .param("kind", command.kind().name())
                .param("cycle", cycle)
                .param("note", Text.blankToNull(command.note()), java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(clock.instant()))
                .param("due", today)
                .query(Long.class)
                .single();
        events.publishEvent(new AuditRecord(
                "LEDGER_ENROLLED",
                "ledger_entry",
                Long.toString(id),
                person.gridCode(),
                command.kind().name()));
        return entry(id);
    }

    @Transactional
    public VisitView recordVisit(NewVisit command) {
        Actor actor = People.requireRegistryWriter();
        if (command.personId() == null) throw new InvalidValue("personId", "required", "须指定人员", "personId is required");
        PersonView person = people.person(command.personId());
        String content = Text.required("content", command.content(), 2000);
        Instant now = clock.instant();
        Instant visitedAt = command.visitedAt() == null ? now : command.visitedAt();
        if (visitedAt.isAfter(now.plusSeconds(300))) {
            throw new InvalidValue("visitedAt", "not-future", "走访时间不能晚于当前时间", "visitedAt must not be in the future");
        }
        LedgerEntryView entry = null;
        if (command.ledgerEntryId() != null) {
            entry = entry(command.ledgerEntryId());
            if (entry.personId() != person.id()) {
                throw new InvalidValue(
                        "ledgerEntryId", "ledger.person", "台账记录不属于该人员", "the ledger entry is of another person");
            }
            jdbc.sql("update ledger_entry set last_visit_at = :at, next_visit_due = :due where id = :id")
                    .param("at", Timestamp.from(visitedAt))
                    .param("due", LocalDate.ofInstant(visitedAt, LOCAL).plusDays(entry.visitCycleDays()))
                    .param("id", entry.id())
                    .update();
        }
        long id = jdbc.sql("""
                        insert into visit (person_id, ledger_entry_id, grid_code, visitor, visited_at, content, follow_up,
                                           created_at, previous_last_visit_at, previous_next_visit_due)
                        values (:person, :entry, :grid, :visitor, :at, :content, :followUp, :now, :previousLast,
                                :previousDue) returning id""")
                .param("person", person.id())
                .param("entry", command.ledgerEntryId(), java.sql.Types.BIGINT)
                .param("grid", person.gridCode())
                .param("visitor", actor.username())
                .param("at", Timestamp.from(visitedAt))
                .param("content", content)
                .param("followUp", Text.blankToNull(command.followUp()), java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(now))
                .param(
                        "previousLast",
                        entry == null || entry.lastVisitAt() == null ? null : Timestamp.from(entry.lastVisitAt()),
                        java.sql.Types.TIMESTAMP)
                .param("previousDue", entry == null ? null : entry.nextVisitDue(), java.sql.Types.DATE)
                .query(Long.class)
                .single();
        events.publishEvent(new AuditRecord("VISIT_RECORDED", "visit", Long.toString(id), person.gridCode(), null));
        // the visit as stored (times to the microsecond), not the person's latest: a visit may be recorded late
        return new VisitView(
                id,
                person.id(),
                person.name(),
                command.ledgerEntryId(),
                person.gridCode(),
                actor.username(),
                visitedAt.truncatedTo(ChronoUnit.MICROS),
                content,
                Text.blankToNull(command.followUp()),
                now.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * 撤销: the visitor takes a visit back inside the {@link VisitUndoWindow}; the visit is deleted and its
     * ledger entry's dates are put back (unless a later visit moved them on meanwhile). Later it is 409.
     */
    @Transactional
    public void undoVisit(long id) {
        Actor actor = People.requireRegistryWriter();
        var visit = ScopedSql.bind(
                        jdbc.sql("select * from visit v where v.id = :id and " + ScopedSql.within("v.grid_code")
                                + " for update"),
                        actor.scope())
                .param("id", id)
                .query((rs, n) -> new RecordedVisit(
                        rs.getString("visitor"),
                        rs.getTimestamp("created_at").toInstant(),
                        (Long) rs.getObject("ledger_entry_id"),
                        rs.getTimestamp("visited_at"),
                        rs.getTimestamp("previous_last_visit_at"),
                        rs.getDate("previous_next_visit_due"),
                        rs.getString("grid_code")))
                .optional()
                .orElseThrow(() -> new NotFound("visit", id));
        VisitUndoWindow window = VisitUndoWindow.ONE_MINUTE;
        if (!window.mayUndo(actor.username(), visit.visitor())) {
            throw new Forbidden("只有走访人本人可以撤销走访", "only the visitor may undo a visit");
        }
        if (!window.isOpen(visit.recordedAt(), clock.instant())) {
            throw new Conflict("visit.undo-window", "走访记录已超过 1 分钟，不能撤销", "a visit can be undone only within a minute");
        }
        if (visit.entry() != null && visit.previousDue() != null) {
            jdbc.sql("""
                            update ledger_entry set last_visit_at = :last, next_visit_due = :due
                             where id = :entry and last_visit_at = :visited""")
                    .param("last", visit.previousLast(), java.sql.Types.TIMESTAMP)
                    .param("due", visit.previousDue())
                    .param("entry", visit.entry())
                    .param("visited", visit.visitedAt())
                    .update();
        }
        jdbc.sql("delete from visit where id = :id").param("id", id).update();
        events.publishEvent(new AuditRecord("VISIT_UNDONE", "visit", Long.toString(id), visit.grid(), null));
    }

    /** A visit as recorded, with what its undo puts back. */
    private record RecordedVisit(
            String visitor,
            Instant recordedAt,
            Long entry,
            Timestamp visitedAt,
            Timestamp previousLast,
            java.sql.Date previousDue,
            String grid) {}

    /** One visit inside the caller's scope. */
    public VisitView visit(long id) {
        Actor actor = People.requireRegistryReader();
        return ScopedSql.bind(
                        jdbc.sql(VISITS + " where v.id = :id and " + ScopedSql.within("v.grid_code")), actor.scope())
                .param("id", id)
                .query(Ledgers::visitRow)
                .optional()
                .orElseThrow(() -> new NotFound("visit", id));
    }

    public PageResult<VisitView> visits(Long personId, String gridCode, Paging paging) {
        Actor actor = People.requireRegistryReader();
        Map<String, Object> params = new HashMap<>();
        params.put("scopeLower", actor.scope().lower());
        params.put("scopeUpper", actor.scope().upper());
        StringBuilder where = new StringBuilder(ScopedSql.within("v.grid_code"));
        if (personId != null) {
            where.append(" and v.person_id = :person");
            params.put("person", personId);
        }
        if (gridCode != null && !gridCode.isBlank()) {
            where.append(" and v.grid_code like :grid");
            params.put("grid", gridCode.trim() + "%");
        }
        var items = jdbc.sql(VISITS + " where " + where
                        + " order by v.visited_at desc, v.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Ledgers::visitRow)
                .list();
        long total = jdbc.sql("select count(*) from visit v where " + where)
                .params(params)
                .query(Long.class)
                .single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private String filter(Actor actor, LedgerKind kind, String gridCode, Boolean dueOnly, Map<String, Object> params) {
        params.put("scopeLower", actor.scope().lower());
        params.put("scopeUpper", actor.scope().upper());
        StringBuilder where = new StringBuilder(ScopedSql.within("l.grid_code"));
        if (kind != null) {
            where.append(" and l.kind = :kind");
            params.put("kind", kind.name());
        }
        if (gridCode != null && !gridCode.isBlank()) {
            where.append(" and l.grid_code like :grid");
            params.put("grid", gridCode.trim() + "%");
        }
        if (Boolean.TRUE.equals(dueOnly)) {
            where.append(" and l.next_visit_due <= :today");
            params.put("today", LocalDate.now(clock.withZone(LOCAL)));
        }
        return where.toString();
    }

    private LedgerEntryView mapEntry(ResultSet rs, int row) throws SQLException {
        byte[] phone = rs.getBytes("phone_enc");
        Timestamp last = rs.getTimestamp("last_visit_at");
        LocalDate due = rs.getDate("next_visit_due").toLocalDate();
        return new LedgerEntryView(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("person_name"),
                new IdNumber(cipher.decrypt(rs.getBytes("id_number_enc"))).masked(),
                phone == null ? null : new PhoneNumber(cipher.decrypt(phone)).masked(),
                rs.getString("grid_code"),
                LedgerKind.valueOf(rs.getString("kind")),
                rs.getInt("visit_cycle_days"),
                rs.getString("note"),
                last == null ? null : last.toInstant(),
                due,
                due.isBefore(LocalDate.now(clock.withZone(LOCAL))));
    }

    private static VisitView visitRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new VisitView(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("person_name"),
                (Long) rs.getObject("ledger_entry_id"),
                rs.getString("grid_code"),
                rs.getString("visitor"),
                rs.getTimestamp("visited_at").toInstant(),
                rs.getString("content"),
                rs.getString("follow_up"),
                rs.getTimestamp("created_at").toInstant());
    }
}
