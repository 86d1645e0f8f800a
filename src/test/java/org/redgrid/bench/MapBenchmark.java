package org.redgrid.bench;

import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;

/**
 * 一张图 on the generated region: {@code GET /api/v1/map/divisions/{code}} for the region (12 league
 * outlines coloured by cases of the last twelve months), a league, a county, a street and a community,
 * over loopback HTTP one request after another, with the size of each answer. The first request of the
 * run prepares the simplified outlines; it is part of the warm-up.
 */
class MapBenchmark {

    private static final int WARM_UP = Integer.getInteger("redgrid.bench.warmup", 50);
    private static final int MEASURED = Integer.getInteger("redgrid.bench.requests", 300);

    @Test
    void theDashboardMapFromTheRegionDownToACommunity() throws Exception {
        Path home = RegionReads.home();
        try (PlatformProcess platform = RegionReads.start(home, "map.log")) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                Report.title("Dashboard map with %,d cases (load average %s)"
                        .formatted(
                                Long.parseLong(BenchSql.single(db, "select count(*) from work_case")),
                                Report.loadAverage()));
                String community = BenchSql.single(
                        db, "select community_code from grid where code like '150105%' order by code limit 1");
                Api region = Api.as(platform.port(), "region.admin");
                long started = System.nanoTime();
                region.get("/api/v1/map/divisions/15");
                Report.line("first request, preparing the outlines: %s", Report.millis(System.nanoTime() - started));
                measure(region, "region 15, cases", "/api/v1/map/divisions/15?indicator=cases");
                measure(region, "region 15, overdue", "/api/v1/map/divisions/15?indicator=overdue");
                measure(
                        region,
                        "league 1501, satisfactionRate",
                        "/api/v1/map/divisions/1501?indicator=satisfactionRate");
                measure(region, "county 150105, cases", "/api/v1/map/divisions/150105?indicator=cases");
                measure(region, "street 150105004, cases", "/api/v1/map/divisions/150105004?indicator=cases");
                measure(
                        region,
                        "community " + community + ", overdue",
                        "/api/v1/map/divisions/" + community + "?indicator=overdue");
                Report.line("load average at the end: %s", Report.loadAverage());
            }
        }
    }

    private static void measure(Api api, String what, String path) {
        Api.Response first = api.get(path);
        Latencies latencies = RegionReads.series(api, path, WARM_UP, MEASURED);
        Report.line(
                "%s (%,d bytes, %d features): %s",
                what,
                first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                first.json().path("features").size(),
                latencies.summary("requests"));
    }
}
