package org.redgrid.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;

/**
 * The dashboards of the generated region: the closed-loop indicators of the whole region (as the
 * region administrator) and of one county (赛罕区, as its administrator) for the current month and for
 * the last twelve months, {@code GET /api/v1/indicators} over loopback HTTP, one request after another.
 * Beside them, once, the plan of the rollup query and the time of the same region-wide year computed
 * from the cases and their events, which is what the rollups replace.
 */
class RegionDashboardBenchmark {

    private static final int WARM_UP = Integer.getInteger("redgrid.bench.warmup", 50);
    private static final int MEASURED = Integer.getInteger("redgrid.bench.requests", 300);

    @Test
    void regionAndCountyIndicatorsForAMonthAndAYear() throws Exception {
        Path home = RegionReads.home();
        try (PlatformProcess platform = RegionReads.start(home, "dashboard.log")) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                Report.title("Dashboards with %,d cases (load average %s)"
                        .formatted(
                                Long.parseLong(BenchSql.single(db, "select count(*) from work_case")),
                                Report.loadAverage()));
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                String month = "from=" + today.withDayOfMonth(1) + "&to=" + today;
                String year = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
                Api region = Api.as(platform.port(), "region.admin");
                Api county = Api.as(platform.port(), "saihan.admin");
                measure(region, "region, this month", "/api/v1/indicators?division=15&" + month);
                measure(region, "region, twelve months", "/api/v1/indicators?division=15&" + year);
                measure(region, "region, twelve months by month", "/api/v1/indicators?division=15&by=MONTH&" + year);
                measure(county, "county 150105, this month", "/api/v1/indicators?division=150105&" + month);
                measure(county, "county 150105, twelve months", "/api/v1/indicators?division=150105&" + year);

                String from = today.minusYears(1).plusDays(1).toString();
                RegionReads.printPlan(
                        "the region's twelve months from the rollups", db, """
                        select r.area, sum(r.cases), sum(r.closed), sum(r.handling_seconds)
                          from (select area, day, cases, closed, handling_seconds from case_rollup
                                 where level = 4 and area >= '15' and area < '16'
                                   and day between date '%s' and date '%s'
                                union all
                                select substr(grid_code, 1, 4), day, cases, closed, handling_seconds
                                  from case_indicator_change
                                 where grid_code >= '15' and grid_code < '16'
                                   and day between date '%s' and date '%s') r
                         group by grouping sets ((), (r.area))""".formatted(from, today, from, today));
                long started = System.nanoTime();
                String cases = BenchSql.single(db, """
                        select count(*) || ' cases, ' || count(*) filter (where exists (select 1 from case_event e
                               where e.case_id = c.id and e.action in ('ACCEPT', 'REPORT_IN'))) || ' responded'
                          from work_case c
                         where c.grid_code >= '15' and c.grid_code < '16'
                           and c.created_at >= (date '%s')::timestamp at time zone 'Asia/Shanghai'""".formatted(from));
                Report.line(
                        "the same twelve months counted from the cases and their events (two of the figures): %s in %s",
                        cases, Report.millis(System.nanoTime() - started));
                Report.line("load average at the end: %s", Report.loadAverage());
            }
        }
    }

    private static void measure(Api api, String what, String path) {
        var report = api.get(path).json();
        Latencies latencies = RegionReads.series(api, path, WARM_UP, MEASURED);
        Report.line(
                "%s (%,d cases, %d areas below): %s",
                what,
                report.path("total").path("cases").asLong(),
                report.path("children").size(),
                latencies.summary("requests"));
    }
}
