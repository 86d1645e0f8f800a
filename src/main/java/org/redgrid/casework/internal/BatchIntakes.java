package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.DivisionLevel;
import org.redgrid.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes the reports of a bulk intake in, checked beforehand by {@link Intakes#checkInBulk}: one
 * statement inserts them all, numbered as a single intake numbers its case, and one more finds the
 * earlier cases of keys already taken.
 */
@Component
public class BatchIntakes {

    private final JdbcClient jdbc;

    BatchIntakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts checked reports in one statement, each under its idempotency key (distinct within the
     * call), and answers in their order: the new case, or for a key taken before (by an earlier
     * request, or by a concurrent one that committed first) the earlier case's id.
     */
    public List<Intakes.Taken> takeAll(Actor actor, List<Intakes.Report> reports, List<String> keys, Instant now) {
        Map<String, Case> inserted = insertAll(actor, reports, keys, now);
        Map<String, Long> earlier = new HashMap<>();
        List<String> missing =
                keys.stream().filter(key -> !inserted.containsKey(key)).toList();
        if (!missing.isEmpty()) {
            jdbc.sql(
                            "select idempotency_key, id from work_case where reporter = :reporter and idempotency_key = any(:keys)")
                    .param("reporter", actor.username())
                    .param("keys", missing.toArray(String[]::new))
                    .query(rs -> {
                        earlier.put(rs.getString(1), rs.getLong(2));
                    });
        }
        List<Intakes.Taken> taken = new ArrayList<>(keys.size());
        for (String key : keys) {
            Case created = inserted.get(key);
            if (created != null) {
                taken.add(new Intakes.Taken(created.facts.id(), Optional.of(created)));
            } else if (earlier.containsKey(key)) {
                taken.add(new Intakes.Taken(earlier.get(key), Optional.empty()));
            } else {
                // Only a case number taken twice in a day by one county (a million cases) leaves a row out.
                throw new IllegalStateException("no free case number for the item with key " + key);
            }
        }
        return taken;
    }

    /** The new cases by their idempotency keys; a key taken before has none. */
    private Map<String, Case> insertAll(Actor actor, List<Intakes.Report> reports, List<String> keys, Instant now) {
        Map<String, Case> inserted = new HashMap<>();
        jdbc.sql("""
                        with item as (
                        select * from unnest(cast(:prefixes as text[]), cast(:types as text[]), cast(:categories as text[]),
                                             cast(:urgencies as text[]), cast(:sources as text[]), cast(:grids as text[]),
                                             cast(:titles as text[]), cast(:descriptions as text[]), cast(:addresses as text[]),
                                             cast(:lats as float8[]), cast(:lngs as float8[]), cast(:keys as text[]))
                               with ordinality as i(prefix, type, category, urgency, source, grid, title, description,
                                                    address, lat, lng, key, position)),
                        c as (
                        insert into work_case (number, type, category_code, urgency, source, status, level, grid_code,
                                               title, description, address, lat, lng, reporter, owner, idempotency_key,
                                               created_at, first_receiver)
                        select i.prefix || lpad((nextval('case_number_seq') % 1000000)::text, 6, '0'), i.type,
                               i.category, i.urgency, i.source, :status, :level, i.grid, i.title, i.description,
                               i.address, i.lat, i.lng, :reporter, :reporter, i.key, :now, :receiver
                          from item i order by i.position
                        on conflict do nothing
                        returning *)
                        select c.*, k.name_zh as category_name, k.checklist, k.evidence_photo, false as whistled
                        from c join case_category k on k.code = c.category_code""")
                .param(
                        "prefixes",
                        reports.stream()
                                .map(r -> Intakes.numberPrefix(r.grid(), now))
                                .toArray(String[]::new))
                .param("types", reports.stream().map(r -> r.type().name()).toArray(String[]::new))
                .param(
                        "categories",
                        reports.stream().map(r -> r.category().code()).toArray(String[]::new))
                .param(
                        "urgencies",
                        reports.stream().map(r -> r.urgency().name()).toArray(String[]::new))
                .param("sources", reports.stream().map(r -> r.source().name()).toArray(String[]::new))
                .param("grids", reports.stream().map(Intakes.Report::grid).toArray(String[]::new))
                .param("titles", reports.stream().map(Intakes.Report::title).toArray(String[]::new))
                .param(
                        "descriptions",
                        reports.stream().map(Intakes.Report::description).toArray(String[]::new))
                .param(
                        "addresses",
                        reports.stream().map(Intakes.Report::address).toArray(String[]::new))
                .param("lats", reports.stream().map(Intakes.Report::lat).toArray(Double[]::new))
                .param("lngs", reports.stream().map(Intakes.Report::lng).toArray(Double[]::new))
                .param("keys", keys.toArray(String[]::new))
                .param("status", CaseStatus.INTAKE.name())
                .param("level", DivisionLevel.GRID.digits())
                .param("reporter", actor.username())
                .param("now", Timestamp.from(now))
                .param("receiver", actor.managesRegistry() ? actor.username() : null, Types.VARCHAR)
                .query(rs -> {
                    inserted.put(rs.getString("idempotency_key"), Cases.map(rs, 0));
                });
        return inserted;
    }
}
