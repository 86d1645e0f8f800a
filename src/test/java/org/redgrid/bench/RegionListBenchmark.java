package org.redgrid.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;

/**
 * The case lists people open all day, on the generated region: a grid worker's inbox (every case of
 * their grid, newest first, and the ones dispatched and waiting for them) and a street's overdue list,
 * each {@code GET /api/v1/cases} over loopback HTTP with the page's total, one request after another;
 * then the work lists of the pages over {@code GET /api/v1/work/{list}}: a grid worker's tasks, the
 * inbox of a community and of a street, and a street's overdue list. The plans of the same queries,
 * run in SQL with the platform's own predicates, are printed beside.
 */
class RegionListBenchmark {

    private static final int WARM_UP = Integer.getInteger("redgrid.bench.warmup", 300);
    private static final int MEASURED = Integer.getInteger("redgrid.bench.requests", 2_000);

    /**
     * The platform's list query (Casework.list) for a staff member with a scope and their own cases; a
     * result of at most 10,000 cases is sorted by {@code c.id + 0}, a larger one read along the key.
     */
    private static final String LIST = "select c.*, k.name_zh as category_name, k.checklist from work_case c"
            + " join case_category k on k.code = c.category_code where %s order by %s desc limit 20 offset 0";

    /** The platform's work list query (Casework.work: Cases.SELECT, the list's condition and its order). */
    private static final String WORK = "select c.*, k.name_zh as category_name, k.checklist, k.evidence_photo,"
            + " exists (select 1 from case_whistle w where w.case_id = c.id) as whistled"
            + " from work_case c join case_category k on k.code = c.category_code where %s order by %s"
            + " limit 20 offset 0";

    /** The conditions of CaseQueries.work for the three lists, with the user's values inlined. */
    private static final String ASSIGNED = " and c.assignee = '%s' and c.status in ('DISPATCHED', 'HANDLING')";

    private static final String INBOX = " and c.level >= %d and c.status in ('INTAKE', 'REPORTED', 'VERIFIED', 'FILED')"
            + " and not (c.status = 'FILED' and c.type = 'MICRO_WISH')";
    private static final String BY_DEADLINE = "c.deadline_at nulls last, c.id desc";

    private static final String COUNT = "select count(*) from work_case c where %s";
    private static final String OVERDUE = "(c.closed_at is null and c.status <> 'CANCELLED'"
            + " and (c.overdue_at is not null or coalesce(c.deadline_at, 'infinity') < now()))";

    @Test
    void gridInboxAndStreetOverdueList() throws Exception {
        Path home = RegionReads.home();
        try (PlatformProcess platform = RegionReads.start(home, "lists.log")) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                Report.title("Case lists with %,d cases (load average %s)"
                        .formatted(
                                Long.parseLong(BenchSql.single(db, "select count(*) from work_case")),
                                Report.loadAverage()));
                RegionReads.awaitFirstSweep(platform);
                Api grid = Api.as(platform.port(), "taoyuan.grid1");
                Api street = Api.as(platform.port(), "dxdl.street");
                String gridScope = visible("150105004015001", "150105004015002", "taoyuan.grid1", db);
                String streetScope = visible("150105004", "150105005", "dxdl.street", db);
                measure(db, grid, "grid worker's inbox, all cases of the grid", "/api/v1/cases?size=20", gridScope);
                measure(
                        db,
                        grid,
                        "grid worker's inbox, dispatched and waiting",
                        "/api/v1/cases?status=DISPATCHED&size=20",
                        gridScope + " and c.status = 'DISPATCHED'");
                measure(
                        db,
                        street,
                        "street's overdue list",
                        "/api/v1/cases?overdue=true&size=20",
                        streetScope + " and " + OVERDUE);
                Api community = Api.as(platform.port(), "taoyuan.community");
                String communityScope = visible("150105004015", "150105004016", "taoyuan.community", db);
                measureWork(
                        db,
                        grid,
                        "grid worker's tasks (我的任务)",
                        "/api/v1/work/assigned?size=20",
                        gridScope + ASSIGNED.formatted("taoyuan.grid1"),
                        BY_DEADLINE);
                measureWork(
                        db,
                        community,
                        "community's inbox (待办)",
                        "/api/v1/work/inbox?size=20",
                        communityScope + INBOX.formatted(12),
                        "c.id desc");
                measureWork(
                        db,
                        street,
                        "street's inbox (待办)",
                        "/api/v1/work/inbox?size=20",
                        streetScope + INBOX.formatted(9),
                        "c.id desc");
                measureWork(
                        db,
                        street,
                        "street's overdue work list (超期)",
                        "/api/v1/work/overdue?size=20",
                        streetScope + " and " + OVERDUE,
                        BY_DEADLINE);
                Report.line("load average at the end: %s", Report.loadAverage());
            }
        }
    }

    private static void measure(Connection db, Api api, String what, String path, String where) throws Exception {
        long total = api.get(path).json().path("total").asLong();
        Latencies latencies = RegionReads.series(api, path, WARM_UP, MEASURED);
        Report.line("%s, GET %s (total %,d): %s", what, path, total, latencies.summary("requests"));
        RegionReads.printPlan("the count", db, COUNT.formatted(where));
        if (total > 0)
            RegionReads.printPlan("the page", db, LIST.formatted(where, total <= 10_000 ? "c.id + 0" : "c.id"));
    }

    /**
     * A work list: the page, and the count only when the page is full (a shorter page gives its total),
     * as the platform runs them. The load average is printed with each series.
     */
    private static void measureWork(Connection db, Api api, String what, String path, String where, String order)
            throws Exception {
        long total = api.get(path).json().path("total").asLong();
        Latencies latencies = RegionReads.series(api, path, WARM_UP, MEASURED);
        Report.line(
                "%s, GET %s (total %,d; load average %s): %s",
                what, path, total, Report.loadAverage(), latencies.summary("requests"));
        RegionReads.printPlan("the page", db, WORK.formatted(where, order));
        if (total >= 20) RegionReads.printPlan("the count (the page is full)", db, COUNT.formatted(where));
    }

    /** The visibility predicate Casework.list adds for a staff member, with the user's values inlined. */
    private static String visible(String lower, String upper, String username, Connection db) throws Exception {
        String roles = BenchSql.single(db, "select roles::text from app_user where username = '" + username + "'");
        String within = "(c.grid_code >= '%s' and c.grid_code < '%s')".formatted(lower, upper);
        String mine = "c.reporter = '%s' or c.assignee = '%s'".formatted(username, username);
        if (List.of("PARTY_MEMBER", "BUILDING_HEAD").stream().anyMatch(roles::contains)) {
            mine += " or (c.type = 'MICRO_WISH' and c.status = 'FILED' and " + within + ")";
        }
        return "(" + within + " or " + mine + ")";
    }
}
