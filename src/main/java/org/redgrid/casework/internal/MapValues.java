package org.redgrid.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.redgrid.casework.CaseIndicators;
import org.redgrid.casework.IndicatorReport;
import org.redgrid.organization.AreaIndicators;
import org.redgrid.organization.MapIndicator;
import org.redgrid.shared.Actor;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.ReadOnlyJdbc;
import org.redgrid.shared.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The values a map colours its areas by, read as the signed-in user: cases, 满意率 and 按期结案率 of the
 * last twelve months from {@link CaseIndicators} (its scope and role checks included), and the cases
 * open past their red line now, counted in SQL inside the actor's scope.
 */
@Component
class MapValues implements AreaIndicators {

    private static final ZoneId LOCAL = ZoneId.of("Asia/Shanghai");

    private final CaseIndicators indicators;
    private final JdbcClient jdbc;
    private final Clock clock;

    MapValues(CaseIndicators indicators, ReadOnlyJdbc reads, Clock clock) {
        this.indicators = indicators;
        this.jdbc = reads.client();
        this.clock = clock;
    }

    @Override
    public Map<String, Double> valuesBelow(String division, MapIndicator indicator) {
        if (indicator == MapIndicator.OVERDUE) return overdueBelow(division);
        LocalDate today = LocalDate.now(clock.withZone(LOCAL));
        IndicatorReport report = indicators.report(
                division, today.withDayOfMonth(1).minusMonths(11), today, CaseIndicators.Breakdown.AREA);
        Map<String, Double> values = new HashMap<>();
        for (IndicatorReport.Figures child : report.children()) {
            Double value = switch (indicator) {
                case CASES -> (double) child.cases();
                case SATISFACTION_RATE -> child.satisfactionRate();
                case ON_TIME_CLOSURE_RATE -> child.onTimeClosureRate();
                case OVERDUE -> throw new IllegalStateException();
            };
            values.put(child.code(), value);
        }
        return values;
    }

    private Map<String, Double> overdueBelow(String division) {
        Actor actor = CurrentActor.require();
        if (!actor.managesRegistry()) throw new Forbidden("当前角色不能查看指标", "your role may not read the indicators");
        if (!actor.scope().contains(division)) throw new NotFound("division", division);
        int digits = division.length() >= 12
                ? 15
                : switch (division.length()) {
                    case 2 -> 4;
                    case 4 -> 6;
                    case 6 -> 9;
                    default -> 12;
                };
        Map<String, Double> values = new HashMap<>();
        ScopedSql.bind(
                        // The division as a range, like the scope: a LIKE with a bound pattern is no index
                        // condition in a prepared plan, which then read every open case of the scope.
                        jdbc.sql("select substr(c.grid_code, 1, :digits) as area, count(*) as overdue from work_case c"
                                + " where c.grid_code >= :areaLower and c.grid_code < :areaUpper and "
                                + ScopedSql.within("c.grid_code") + " and " + CaseQueries.OVERDUE + " group by 1"),
                        actor.scope())
                .param("digits", digits)
                .param("areaLower", DataScope.of(division).lower())
                .param("areaUpper", DataScope.of(division).upper())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> values.put(rs.getString("area"), (double) rs.getLong("overdue")))
                .list();
        return values;
    }
}
