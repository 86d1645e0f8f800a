package org.redgrid.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.ReadOnlyJdbc;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed-loop indicators of an area, inside the actor's scope. Areas from a street up, broken
 * down by area or by month, are read from the daily rollups that every change of a case feeds in its
 * own transaction (plus the changes not yet folded into them), so a region-wide year costs a few
 * thousand summed rows; communities, grids and the breakdowns by worker or partner unit are computed
 * from the cases and their events. Both give exactly the same figures ({@link #reportFromCases}).
 * Reports read through {@link ReadOnlyJdbc}: from the read replica when one is configured.
 */
@Service
public class CaseIndicators {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    /** The reports' reads, on the replica when there is one. */
    private final JdbcClient jdbc;
    /** The primary, for folding changes into the rollups. */
    private final JdbcClient primary;

    CaseIndicators(JdbcClient primary, ReadOnlyJdbc reads) {
        this.jdbc = reads.client();
        this.primary = primary;
    }

    /** How the breakdown below the total is grouped. */
    public enum Breakdown {
        /** the areas one level down (grids under a community) */
        AREA,
        /** the person each case is dispatched to */
        WORKER,
        /** the partner units summoned by whistles */
        UNIT,
        /** the month the case was taken in */
        MONTH
    }

    public IndicatorReport report(String division, LocalDate from, LocalDate to) {
        return report(division, from, to, Breakdown.AREA);
    }

    public IndicatorReport report(String division, LocalDate from, LocalDate to, Breakdown by) {
        Breakdown breakdown = by == null ? Breakdown.AREA : by;
        Request request = request(division, from, to);
        boolean rolledUp =
                request.area().length() <= 9 && (breakdown == Breakdown.AREA || breakdown == Breakdown.MONTH);
        return rolledUp ? fromRollups(request, breakdown) : fromCases(request, breakdown);
    }

    /**
     * The same report computed from the cases and their events alone, whatever the area: what the
     * rollups must always agree with, and the way to check them.
     */
    public IndicatorReport reportFromCases(String division, LocalDate from, LocalDate to, Breakdown by) {
        return fromCases(request(division, from, to), by == null ? Breakdown.AREA : by);
    }

    /**
     * Moves the committed changes of cases into the daily rollups, in one transaction, and returns how
     * many changes it moved. Reports are exact with or without it; folding keeps them cheap.
     */
    @Transactional
    public int foldChanges() {
        return primary.sql("select case_rollup_fold()").query(Integer.class).single();
    }

    /** An area and period the actor may read, checked. */
    private record Request(String area, LocalDate start, LocalDate end, int childDigits, Map<String, Object> params) {}

    private Request request(String division, LocalDate from, LocalDate to) {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry()) {
            throw new Forbidden("当前角色不能查看指标", "your role may not read the indicators");
        }
        String area = division == null || division.isBlank() ? actor.scope().prefix() : division.trim();
        if (!area.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}|\\d{15}")) {
            throw new InvalidValue(
                    "division",
                    "division-code.format",
                    "division 须为区划代码或网格编码",
                    "division must be a division or grid code");
        }
        if (!actor.scope().contains(area)) throw new NotFound("division", area);
        LocalDate end = to == null ? LocalDate.now(LOCAL) : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (start.isAfter(end)) throw new InvalidValue("from", "range", "起始日期不能晚于结束日期", "from must not be after to");
        if (start.plusYears(5).isBefore(end))
            throw new InvalidValue("to", "range", "统计区间最长 5 年", "the period may span at most 5 years");
        DataScope scope = DataScope.of(area);
        int childDigits = switch (area.length()) {
            case 2 -> 4;
            case 4 -> 6;
            case 6 -> 9;
            case 9 -> 12;
            default -> 15;
        };
        Map<String, Object> params = new HashMap<>();
        params.put("scopeLower", scope.lower());
        params.put("scopeUpper", scope.upper());
        params.put("from", Timestamp.from(start.atStartOfDay(LOCAL).toInstant()));
        params.put("to", Timestamp.from(end.plusDays(1).atStartOfDay(LOCAL).toInstant()));
        params.put("digits", childDigits);
        params.put("fromDay", start);
        params.put("toDay", end);
        return new Request(area, start, end, childDigits, params);
    }

    private IndicatorReport fromRollups(Request request, Breakdown by) {
        String area = request.area();
        // Children of the area from the rollup level one below it; the changes not yet folded are added
        // in the same statement, so that a fold running meanwhile cannot be seen half done.
        String rows = """
                select r.area as area, r.day as day, r.cases, r.filed, r.dispatched, r.responded, r.closed,
                       r.closed_on_time, r.suspended, r.rated, r.resolved, r.satisfied, r.verified, r.reworked,
                       r.handling_seconds
                  from case_rollup r
                 where r.level = :digits and r.area >= :scopeLower and r.area < :scopeUpper
                   and r.day between :fromDay and :toDay
                union all
                select substr(x.grid_code, 1, :digits), x.day, x.cases, x.filed, x.dispatched, x.responded, x.closed,
                       x.closed_on_time, x.suspended, x.rated, x.resolved, x.satisfied, x.verified, x.reworked,
                       x.handling_seconds
                  from case_indicator_change x
                 where x.grid_code >= :scopeLower and x.grid_code < :scopeUpper
                   and x.day between :fromDay and :toDay""";
        String key = by == Breakdown.MONTH ? "to_char(f.day, 'YYYY-MM')" : "f.area";
        String sums = """
                coalesce(sum(f.cases), 0) as cases, coalesce(sum(f.filed), 0) as filed,
                coalesce(sum(f.dispatched), 0) as dispatched, coalesce(sum(f.responded), 0) as responded,
                coalesce(sum(f.closed), 0) as closed, coalesce(sum(f.closed_on_time), 0) as closed_on_time,
                coalesce(sum(f.suspended), 0) as suspended, coalesce(sum(f.rated), 0) as rated,
                coalesce(sum(f.resolved), 0) as resolved, coalesce(sum(f.satisfied), 0) as satisfied,
                coalesce(sum(f.verified), 0) as verified, coalesce(sum(f.reworked), 0) as reworked,
                sum(f.handling_seconds) / nullif(sum(f.closed), 0) / 3600.0 as hours""";
        List<IndicatorReport.Figures> all = jdbc.sql("select case when grouping(" + key + ") = 1 then :area else "
                        + key + " end as code, grouping(" + key + ") as whole, " + sums + " from (" + rows
                        + ") f group by grouping sets ((), (" + key + ")) order by whole desc, 1")
                .params(request.params())
                .param("area", area)
                .query(CaseIndicators::figures)
                .list();
        IndicatorReport.Figures total = all.get(0);
        List<IndicatorReport.Figures> children =
                all.subList(1, all.size()).stream().filter(f -> f.cases() > 0).toList();
        List<IndicatorReport.CategoryCount> top = topFromRollups(request, area);
        return new IndicatorReport(area, request.start(), request.end(), total, children, top);
    }

    /** The five categories with the most cases in the area, from the rollups and the changes not yet folded. */
    private List<IndicatorReport.CategoryCount> topFromRollups(Request request, String area) {
        return jdbc.sql("""
                        select t.category_code, k.name_zh, sum(t.cases) as n
                          from (select r.category_code, r.cases from case_category_rollup r
                                 where r.level = :level and r.area = :area and r.day between :fromDay and :toDay
                                union all
                                select x.category_code, x.cases from case_indicator_change x
                                 where x.grid_code >= :scopeLower and x.grid_code < :scopeUpper
                                   and x.day between :fromDay and :toDay) t
                          join case_category k on k.code = t.category_code
                         group by t.category_code, k.name_zh
                        having sum(t.cases) > 0
                         order by n desc, t.category_code limit 5""")
                .params(request.params())
                .param("area", area)
                .param("level", area.length())
                .query((rs, n) -> new IndicatorReport.CategoryCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The figures of a set of cases, computed from the cases themselves. */
    private static final String FIGURES = """
                count(*) as cases,
                count(*) filter (where c.status not in ('INTAKE', 'CANCELLED')) as filed,
                count(*) filter (where c.dispatched_at is not null or exists
                    (select 1 from case_event e where e.case_id = c.id and e.action in ('DISPATCH', 'WHISTLE'))) as dispatched,
                count(*) filter (where exists
                    (select 1 from case_event e where e.case_id = c.id and e.action in ('ACCEPT', 'REPORT_IN', 'TAKE_OVER'))) as responded,
                count(*) filter (where c.closed_at is not null) as closed,
                count(*) filter (where c.closed_at is not null and (c.deadline_at is null or c.closed_at <= c.deadline_at)
                    and c.overdue_at is null) as closed_on_time,
                count(*) filter (where c.suspended_since is not null) as suspended,
                count(*) filter (where c.satisfaction is not null) as rated,
                count(*) filter (where c.resolved) as resolved,
                count(*) filter (where c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
                count(*) filter (where exists (select 1 from case_event e where e.case_id = c.id
                    and e.action in ('VERIFY_PASS', 'VERIFY_FAIL'))) as verified,
                count(*) filter (where c.rework_count > 0) as reworked,
                avg(extract(epoch from (c.closed_at - c.created_at)) / 3600.0) filter (where c.closed_at is not null) as hours
                """;

    /** The street's ratings of a unit's answers to its whistles ({@code w}), one per summons. */
    private static final String ANSWERS = """
                count(*) filter (where w.rating is not null) as answers_rated,
                count(*) filter (where w.rating in ('SATISFIED', 'BASICALLY_SATISFIED')) as answers_satisfied
                """;

    private IndicatorReport fromCases(Request request, Breakdown by) {
        String area = request.area();
        Map<String, Object> params = request.params();
        String base = "from work_case c where " + ScopedSql.within("c.grid_code")
                + " and c.created_at >= :from and c.created_at < :to";
        IndicatorReport.Figures total = jdbc.sql("select :area as code, " + FIGURES + " " + base)
                .params(params)
                .param("area", area)
                .query(CaseIndicators::figures)
                .single();
        String group = switch (by) {
            case AREA -> area.length() == 15 ? null : "substr(c.grid_code, 1, :digits)";
            case WORKER -> "coalesce(c.assignee, '')";
            case MONTH -> "to_char(c.created_at at time zone 'Asia/Shanghai', 'YYYY-MM')";
            case UNIT -> "w.unit";
        };
        String source = by == Breakdown.UNIT
                ? base.replace("from work_case c", "from work_case c join case_whistle w on w.case_id = c.id")
                : base;
        String figures = by == Breakdown.UNIT ? FIGURES + ", " + ANSWERS : FIGURES;
        List<IndicatorReport.Figures> children = group == null
                ? List.of()
                : jdbc.sql("select " + group + " as code, " + figures + " " + source + " group by 1 order by 1")
                        .params(params)
                        .query(by == Breakdown.UNIT ? CaseIndicators::unitFigures : CaseIndicators::figures)
                        .list();
        List<IndicatorReport.CategoryCount> top = jdbc.sql("select c.category_code, k.name_zh, count(*) as n "
                        + base.replace(
                                "from work_case c", "from work_case c join case_category k on k.code = c.category_code")
                        + " group by c.category_code, k.name_zh order by n desc, c.category_code limit 5")
                .params(params)
                .query((rs, n) -> new IndicatorReport.CategoryCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        return new IndicatorReport(area, request.start(), request.end(), total, children, top);
    }

    private static IndicatorReport.Figures figures(ResultSet rs, int row) throws SQLException {
        long dispatched = rs.getLong("dispatched");
        long closed = rs.getLong("closed");
        long rated = rs.getLong("rated");
        long shouldClose = rs.getLong("filed") - rs.getLong("suspended");
        double hours = rs.getDouble("hours");
        boolean noHours = rs.wasNull();
        return new IndicatorReport.Figures(
                rs.getString("code"),
                rs.getLong("cases"),
                rs.getLong("filed"),
                dispatched,
                closed,
                rated,
                ratio(rs.getLong("responded"), dispatched),
                ratio(rs.getLong("resolved"), rated),
                ratio(rs.getLong("satisfied"), rated),
                ratio(closed, shouldClose),
                ratio(rs.getLong("closed_on_time"), closed),
                ratio(rs.getLong("reworked"), rs.getLong("verified")),
                noHours ? null : Math.round(hours * 100) / 100.0,
                null,
                null);
    }

    /** A partner unit's figures with the street's ratings of its answers (应哨满意率). */
    private static IndicatorReport.Figures unitFigures(ResultSet rs, int row) throws SQLException {
        return figures(rs, row).withAnswers(rs.getLong("answers_rated"), rs.getLong("answers_satisfied"));
    }

    private static Double ratio(long part, long whole) {
        return IndicatorReport.ratio(part, whole);
    }
}
