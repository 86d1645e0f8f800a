package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.casework.CaseQuery;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.CaseworkSettings;
import org.redgrid.casework.WorkList;
import org.redgrid.shared.Actor;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists of cases inside what the actor may see: the case list, the work lists and duplicates. */
@Component
public class CaseQueries {

    /** Open and past its red line, by the clock or by the sweep's mark. */
    static final String OVERDUE = "(c.closed_at is null and c.status <> 'CANCELLED'"
            + " and (c.overdue_at is not null or coalesce(c.deadline_at, 'infinity') < :now))";

    /** The statuses of a case waiting for staff to take the next step; a filed micro-wish waits for a claim. */
    private static final String WAITING = "'INTAKE', 'REPORTED', 'VERIFIED', 'FILED'";

    /** Lists with at most this many matching cases are sorted after reading them by their indexes. */
    private static final long SORT_IN_MEMORY = 10_000;

    private final JdbcClient jdbc;
    private final Whistles whistles;
    private final CaseworkSettings settings;
    private final Clock clock;

    CaseQueries(JdbcClient jdbc, Whistles whistles, CaseworkSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.whistles = whistles;
        this.settings = settings;
        this.clock = clock;
    }

    public PageResult<CaseView> list(Actor actor, CaseQuery query, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Cases.visible(actor, params));
        if (query.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.type() != null) {
            where.append(" and c.type = :type");
            params.put("type", query.type().name());
        }
        if (query.category() != null && !query.category().isBlank()) {
            where.append(" and (c.category_code = :category or c.category_code like :categoryChildren)");
            params.put("category", query.category().trim());
            params.put("categoryChildren", query.category().trim() + ".%");
        }
        if (query.division() != null && !query.division().isBlank()) {
            if (!query.division().trim().matches("\\d{2,15}")) {
                throw new InvalidValue("division", "code.digits", "division 须为数字编码", "division must be a numeric code");
            }
            where.append(" and c.grid_code like :division");
            params.put("division", query.division().trim() + "%");
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and " + OVERDUE : " and not " + OVERDUE);
            params.put("now", Timestamp.from(clock.instant()));
        }
        long total = count(where, params);
        if (total <= paging.offset()) return new PageResult<>(List.of(), paging.page(), paging.size(), total);
        // Under a LIMIT the planner likes to walk the primary key backwards and filter; for a scope that
        // holds few of the cases (a grid, a street's overdue list) that passes over every newer case of
        // the region. A small result is therefore read through the scope's indexes and sorted instead.
        String order = total <= SORT_IN_MEMORY ? " order by c.id + 0 desc" : " order by c.id desc";
        return new PageResult<>(page(actor, where + order, params, paging), paging.page(), paging.size(), total);
    }

    /**
     * One page of a work list, searched by case number or title, inside what the actor may see. A
     * level is the handling level of the actor's scope: the number of significant code digits.
     */
    public PageResult<CaseView> work(Actor actor, WorkList list, String text, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(Cases.visible(actor, params));
        params.put("level", actor.scope().prefix().length());
        where.append(condition(list));
        params.put("now", Timestamp.from(clock.instant()));
        String search = text == null ? "" : text.trim();
        if (search.length() > 100) {
            throw new InvalidValue("q", "max-length", "搜索词最多 100 个字符", "the search is longer than 100 characters");
        }
        if (!search.isEmpty()) {
            // A backslash is the default escape of LIKE: the searched text matches literally.
            where.append(" and (c.number like :like or c.title like :like)");
            params.put(
                    "like",
                    "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String order = switch (list) {
            case ASSIGNED, ESCALATED, OVERDUE, WHISTLED -> " order by c.deadline_at nulls last, c.id desc";
            default -> " order by c.id desc";
        };
        // Most work lists are shorter than a page; such a page tells its total without a second statement.
        return PageResult.of(page(actor, where + order, params, paging), paging, () -> count(where, params));
    }

    private static String condition(WorkList list) {
        return switch (list) {
            case ASSIGNED -> " and c.assignee = :me and c.status in ('DISPATCHED', 'HANDLING')";
            // The status list as a plain IN matches the partial index of waiting cases (V476), which then
            // reads only the scope's waiting cases instead of every case the area ever had.
            case INBOX ->
                " and c.level >= :level and c.status in (" + WAITING + ")"
                        + " and not (c.status = 'FILED' and c.type = 'MICRO_WISH')";
            case ESCALATED ->
                " and c.level < 15 and c.closed_at is null and c.status not in ('CANCELLED', 'CLOSED', 'RATED')";
            case OVERDUE -> " and " + OVERDUE;
            case WHISTLED ->
                " and c.closed_at is null and c.status not in ('CANCELLED', 'CLOSED', 'RATED')"
                        + " and exists (select 1 from case_whistle w where w.case_id = c.id)";
            case REPORTED_BY_ME -> " and c.reporter = :me";
            case BOARD ->
                " and c.type in ('SERVICE_ORDER', 'MICRO_WISH') and c.closed_at is null"
                        + " and c.status not in ('CANCELLED', 'CLOSED', 'RATED')";
        };
    }

    /**
     * Open cases of the same category that a report may repeat: within the configured radius of its
     * point, or in the same grid at the same address. Only cases the actor may see are offered.
     */
    public List<CaseView> duplicates(Actor actor, CaseView subject) {
        Map<String, Object> params = new HashMap<>();
        String visible = Cases.visible(actor, params);
        params.put("id", subject.id());
        params.put("category", subject.category());
        params.put("grid", subject.gridCode());
        params.put(
                "address",
                subject.address() == null ? "" : subject.address().trim().toLowerCase());
        params.put("lat", subject.lat() == null ? 0.0 : subject.lat());
        params.put("lng", subject.lng() == null ? 0.0 : subject.lng());
        params.put("hasPoint", subject.lat() != null && subject.lng() != null);
        // A degree of latitude is about 111 km; the box keeps the index on category useful.
        params.put("box", settings.duplicateRadiusMetres() / 111_000.0 * 2);
        params.put("radius", (double) settings.duplicateRadiusMetres());
        return views(
                actor,
                jdbc.sql(Cases.SELECT + visible + """
                         and c.id <> :id and c.category_code = :category and c.closed_at is null
                         and c.status not in ('CANCELLED', 'RATED') and c.master_id is null
                         and ((:hasPoint and\s""" + Distance.NEAR + " and " + Distance.METRES + """
                                 <= :radius)
                              or (c.grid_code = :grid and :address <> '' and lower(trim(c.address)) = :address))
                         order by c.id limit 20""")
                        .params(params)
                        .query(Cases::map)
                        .list());
    }

    private List<CaseView> page(Actor actor, String whereAndOrder, Map<String, Object> params, Paging paging) {
        return views(
                actor,
                jdbc.sql(Cases.SELECT + whereAndOrder + " limit :limit offset :offset")
                        .params(params)
                        .param("limit", paging.size())
                        .param("offset", paging.offset())
                        .query(Cases::map)
                        .list());
    }

    private List<CaseView> views(Actor actor, List<Case> cases) {
        var now = clock.instant();
        return whistles.attachAll(cases).stream()
                .map(c -> CaseViews.of(c, actor, now))
                .toList();
    }

    private long count(CharSequence where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from work_case c where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }
}
