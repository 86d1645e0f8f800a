package org.redgrid.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Fills a platform data dir with a whole region of invented data on the real division hierarchy:
 * grids in every community of the chosen streets, buildings, households and persons with valid and
 * encrypted ID numbers, key-population ledgers, party members, and twelve months of cases with their
 * events. Run it with {@code ./mvnw -Pbench verify -Dtest=RegionGenerator -Dredgrid.bench.scale=0.1};
 * the data dir is kept in {@code target/bench-data/region} for the list and dashboard benchmarks and
 * for {@code java -jar target/redgrid.jar --redgrid.data-dir=target/bench-data/region/data}.
 *
 * <p>The scale is the share of the region's streets (乡镇街道) that are filled, whole: every community
 * of a chosen street gets its grids, and every grid the same density at any scale (about 960 persons
 * and 400 cases a year), so that one street's or grid's lists look the same at 0.01 as at 1.0 and
 * only the region's totals grow. The demo street (大学东路街道, 150105004) is always among them.
 */
class RegionGenerator {

    /** The directory under the benchmarks' data root that holds the generated region. */
    static final String DIRECTORY = System.getProperty("redgrid.bench.region", "region");

    static final String DEMO_STREET = "150105004";

    private static final double SCALE = Double.parseDouble(System.getProperty("redgrid.bench.scale", "0.01"));
    private static final int PERSONS_PER_GRID = 960;
    private static final int CASES_PER_GRID = 400;
    private static final long SEED = 20261123L;
    private static final List<String> BULK_TABLES =
            List.of("work_case", "case_event", "household", "person", "ledger_entry", "party_member");

    /**
     * The same outside Maven, for long runs that must not share {@code target/} with later builds:
     * {@code java -cp <test classpath> -Dredgrid.bench.jar=... -Dredgrid.bench.dir=... org.redgrid.bench.RegionGenerator}.
     */
    public static void main(String[] arguments) throws Exception {
        new RegionGenerator().fillsARegion();
    }

    @Test
    void fillsARegion() throws Exception {
        if (!(SCALE >= 0.01 && SCALE <= 1.0)) {
            throw new IllegalArgumentException("redgrid.bench.scale must be between 0.01 and 1.0, not " + SCALE);
        }
        long started = System.nanoTime();
        Path home = BenchFiles.freshDirectory(DIRECTORY);
        // No deadline sweep while the cases are loaded: the generator writes the sweep's marks itself.
        try (PlatformProcess platform = PlatformProcess.start(
                home.resolve("data"), home.resolve("platform.log"), List.of("--redgrid.casework.sweep-interval=P1D"))) {
            platform.awaitHealthy();
            Report.title("Region generator, scale %.2f (load average %s)".formatted(SCALE, Report.loadAverage()));
            try (Connection db = bulkConnection(platform)) {
                Map<String, String> indexes = dropSecondaryIndexes(db);
                List<SyntheticCases.Grid> grids = grids(db);
                buildings(db);
                Instant now = Instant.now();
                Map<String, SyntheticCases.Category> categories = categories(db);

                CompletableFuture<Void> people = CompletableFuture.runAsync(() -> {
                    try (Connection personsDb = bulkConnection(platform)) {
                        List<String> codes =
                                grids.stream().map(SyntheticCases.Grid::code).toList();
                        int count = grids.size() * PERSONS_PER_GRID;
                        long firstPerson = next(personsDb, "person");
                        var filled = new SyntheticPersons(platform.piiCipher(), codes, count).fill(personsDb);
                        Report.line(
                                "households and persons: %,d households, %,d persons by COPY in %s, %,.0f persons/s",
                                filled.households(),
                                filled.persons(),
                                Report.millis(filled.elapsed()),
                                filled.personsPerSecond());
                        ledgers(personsDb, firstPerson);
                        partyMembers(personsDb, firstPerson);
                    } catch (SQLException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                try (Connection casesDb = bulkConnection(platform);
                        Connection eventsDb = bulkConnection(platform)) {
                    long count = (long) grids.size() * CASES_PER_GRID;
                    var filled = new SyntheticCases(grids, categories, count, now, SEED).fill(casesDb, eventsDb);
                    double seconds = filled.elapsed().toNanos() / 1e9;
                    Report.line(
                            "cases and events: %,d cases and %,d events by COPY in %s, %,.0f cases/s, %,.0f events/s",
                            filled.cases(),
                            filled.events(),
                            Report.millis(filled.elapsed()),
                            filled.cases() / seconds,
                            filled.events() / seconds);
                }
                people.join();

                timed(
                        db,
                        "grid households",
                        "update grid g set households = h.n from (select grid_code, count(*) as n"
                                + " from household group by grid_code) h where h.grid_code = g.code");
                for (var index : indexes.entrySet()) timed(db, "index " + index.getKey(), index.getValue());
                timed(db, "indicator rollups", "select case_rollup_rebuild()");
                timed(db, "vacuum analyze", "vacuum (analyze)");
                Report.line("sizes: %s", sizes(db));
                Report.line("load average at the end: %s", Report.loadAverage());
            }
        }
        Report.line("whole run: %s; the data dir stays in %s", Report.millis(System.nanoTime() - started), home);
    }

    /** A connection for bulk loading: no triggers (foreign keys, rollup feed), asynchronous commit, big sorts. */
    private static Connection bulkConnection(PlatformProcess platform) throws SQLException, IOException {
        Connection db = platform.openDatabase();
        try (Statement statement = db.createStatement()) {
            statement.execute("set session_replication_role = replica");
            statement.execute("set synchronous_commit = off");
            statement.execute("set maintenance_work_mem = '512MB'");
            statement.execute("set work_mem = '256MB'");
        }
        return db;
    }

    /**
     * Drops the indexes of the bulk tables that no constraint needs, and returns their definitions:
     * building an index once over the loaded rows is several times faster than keeping it up row by row.
     */
    private static Map<String, String> dropSecondaryIndexes(Connection db) throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select i.indexname, i.indexdef from pg_indexes i
                         where i.schemaname = current_schema() and i.tablename = any('{%s}')
                           and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
                         order by i.tablename, i.indexname""".formatted(String.join(",", BULK_TABLES)))) {
            while (rows.next()) indexes.put(rows.getString(1), rows.getString(2));
        }
        try (Statement statement = db.createStatement()) {
            for (String name : indexes.keySet()) statement.execute("drop index " + name);
        }
        return indexes;
    }

    /**
     * Grids for every community of the chosen streets: an urban community (社区) gets 2 to 5, a village
     * (村, 嘎查) 1 or 2, and the last grid of a community with four or more is a special grid (专属网格,
     * a school, hospital or market). At scale 1.0 that is about 25,000 grids.
     */
    private static List<SyntheticCases.Grid> grids(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        Map<String, String> workers = accounts(db, "GRID_WORKER", 15);
        Map<String, String> staff = accounts(db, "COMMUNITY_STAFF", 12);
        Set<String> existing = new HashSet<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select code from grid")) {
            while (rows.next()) existing.add(rows.getString(1));
        }
        List<String[]> communities = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("select code, name from division where level = 12 order by code")) {
            while (rows.next()) {
                String code = rows.getString(1);
                if (chosen(code.substring(0, 9))) communities.add(new String[] {code, rows.getString(2)});
            }
        }
        List<SyntheticCases.Grid> grids = new ArrayList<>();
        String now = Instant.now().toString();
        long written = copy(
                db, "copy grid (code, community_code, name, kind, created_at) from stdin with (format csv)", out -> {
                    for (String[] community : communities) {
                        SplittableRandom random = new SplittableRandom(Long.parseLong(community[0]));
                        boolean urban = community[1].contains("社区");
                        int count = urban ? 2 + pickIndex(random, 10, 35, 35, 20) : 1 + pickIndex(random, 70, 30);
                        String place = community[1].replaceAll("(居民委员会|居委会|村民委员会|委员会|村委会)$", "");
                        for (int n = 1; n <= count; n++) {
                            String code = community[0] + "%03d".formatted(n);
                            String worker = workers.getOrDefault(code, "gw" + code);
                            grids.add(new SyntheticCases.Grid(
                                    code, worker, staff.getOrDefault(community[0], "cs" + community[0]), place));
                            if (existing.contains(code)) continue;
                            boolean special = urban && count >= 4 && n == count;
                            out.append(code).append(',').append(community[0]).append(',');
                            out.append(special ? "专属网格（学校医院市场）" : "第" + n + "网格")
                                    .append(',');
                            out.append(special ? "SPECIAL" : "ORDINARY")
                                    .append(',')
                                    .append(now)
                                    .append('\n');
                        }
                    }
                });
        for (String code : existing) {
            if (grids.stream().noneMatch(grid -> grid.code().equals(code))) {
                grids.add(new SyntheticCases.Grid(
                        code,
                        workers.getOrDefault(code, "gw" + code),
                        staff.getOrDefault(code.substring(0, 12), "cs"),
                        ""));
            }
        }
        Report.line(
                "grids: %,d communities in %.0f %% of the streets, %,d grids (%,d new) in %s",
                communities.size(), SCALE * 100, grids.size(), written, Report.millis(System.nanoTime() - started));
        return grids;
    }

    /** Whether a street is filled at this scale: a fixed pseudo-random share, always the demo street. */
    static boolean chosen(String street) {
        if (street.equals(DEMO_STREET)) return true;
        long mixed = Long.parseLong(street) * 0x9E3779B97F4A7C15L;
        return ((mixed >>> 11) % 10_000) < Math.round(SCALE * 10_000);
    }

    /** Buildings of the urban grids: 8 to 14 residential buildings of 2 to 4 units each, with their units. */
    private static void buildings(Connection db) throws SQLException, IOException {
        long started = System.nanoTime();
        long firstBuilding;
        try (Statement statement = db.createStatement()) {
            statement.execute("""
                    create temporary table urban_grid as
                    select g.code from grid g join division d on d.code = g.community_code
                     where d.name like '%社区%' and g.kind = 'ORDINARY'
                       and not exists (select 1 from building b where b.grid_code = g.code)""");
            try (ResultSet rows = statement.executeQuery("select last_value from building_id_seq")) {
                rows.next();
                firstBuilding = rows.getLong(1);
            }
        }
        List<String> urbanGrids = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select code from urban_grid order by code")) {
            while (rows.next()) urbanGrids.add(rows.getString(1));
        }
        long[] counts = new long[2];
        long[] nextId = {firstBuilding + 1};
        List<long[]> unitsOf = new ArrayList<>();
        copy(db, "copy building (id, grid_code, name, address, units) from stdin with (format csv)", out -> {
            for (String grid : urbanGrids) {
                SplittableRandom random = new SplittableRandom(Long.parseLong(grid));
                int buildings = 8 + random.nextInt(7);
                for (int b = 1; b <= buildings; b++) {
                    int units = 2 + random.nextInt(3);
                    long id = nextId[0]++;
                    unitsOf.add(new long[] {id, units, Long.parseLong(grid)});
                    out.append(Long.toString(id))
                            .append(',')
                            .append(grid)
                            .append(',')
                            .append(b + "号楼");
                    out.append(',')
                            .append(b + "号楼")
                            .append(',')
                            .append(Integer.toString(units))
                            .append('\n');
                    counts[0]++;
                }
            }
        });
        copy(db, "copy building_unit (building_id, grid_code, name) from stdin with (format csv)", out -> {
            for (long[] building : unitsOf) {
                for (int u = 1; u <= building[1]; u++) {
                    out.append(Long.toString(building[0])).append(',').append(Long.toString(building[2]));
                    out.append(',').append(u + "单元").append('\n');
                    counts[1]++;
                }
            }
        });
        try (Statement statement = db.createStatement()) {
            statement.execute("select setval('building_id_seq', " + (nextId[0] - 1) + ")");
        }
        long nanos = System.nanoTime() - started;
        Report.line(
                "buildings: %,d buildings with %,d units in %,d urban grids in %s, %,.0f rows/s",
                counts[0], counts[1], urbanGrids.size(), Report.millis(nanos), (counts[0] + counts[1]) / (nanos / 1e9));
    }

    /**
     * Key-population ledgers (重点人群台账), about 7 % of the persons: elderly living alone (born before
     * 1961), children in difficulty (born after 2008), pregnant women, severe disability, serious
     * illness, de-facto orphans and hardship households, each with its visit cycle and next visit due.
     */
    private static void ledgers(Connection db, long firstPerson) throws SQLException {
        timed(db, "ledgers", """
                insert into ledger_entry (person_id, grid_code, kind, visit_cycle_days, created_at, last_visit_at,
                                          next_visit_due)
                select p.id, p.grid_code, k.kind, k.cycle, now() - interval '300 days',
                       now() - (p.id %% k.cycle) * interval '1 day', current_date + (k.cycle - p.id %% k.cycle)::int
                  from person p
                  join (values (0, 24, 'EMPTY_NEST_ELDERLY', 7), (25, 29, 'CHILD_IN_DIFFICULTY', 14),
                               (30, 34, 'PREGNANT_OR_POSTPARTUM', 14), (35, 44, 'SEVERE_DISABILITY', 14),
                               (45, 52, 'SERIOUS_ILLNESS', 14), (53, 53, 'DE_FACTO_ORPHAN', 14),
                               (54, 69, 'HARDSHIP', 30)) as k(low, high, kind, cycle)
                    on p.id %% 1000 between k.low and k.high
                 where p.id >= %d
                   and (k.kind <> 'EMPTY_NEST_ELDERLY' or p.birth_date < date '1961-01-01')
                   and (k.kind not in ('CHILD_IN_DIFFICULTY', 'DE_FACTO_ORPHAN') or p.birth_date > date '2008-01-01')
                   and (k.kind <> 'PREGNANT_OR_POSTPARTUM' or (p.gender = 'FEMALE'
                        and p.birth_date between date '1986-01-01' and date '2004-01-01'))""".formatted(firstPerson));
    }

    /** Party members (党员), about 6 % of the adults; a third of them retired, the rest in service. */
    private static void partyMembers(Connection db, long firstPerson) throws SQLException {
        timed(db, "party members", """
                insert into party_member (person_id, grid_code, in_service, employer)
                select p.id, p.grid_code, p.birth_date > date '1966-01-01',
                       case when p.birth_date > date '1966-01-01' then '本地企事业单位' end
                  from person p
                 where p.id >= %d and p.id %% 100 < 6 and p.birth_date < date '2008-01-01'""".formatted(firstPerson));
    }

    private static Map<String, SyntheticCases.Category> categories(Connection db) throws SQLException {
        Map<String, SyntheticCases.Category> categories = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select code, limit_general, limit_urgent, limit_critical, warn_ratio from case_category")) {
            while (rows.next()) {
                categories.put(
                        rows.getString(1),
                        new SyntheticCases.Category(
                                rows.getString(1),
                                Duration.parse(rows.getString(2)),
                                Duration.parse(rows.getString(3)),
                                Duration.parse(rows.getString(4)),
                                rows.getDouble(5)));
            }
        }
        return categories;
    }

    /** The demo accounts of one role by the code of their scope (grid workers of demo grids, community staff). */
    private static Map<String, String> accounts(Connection db, String role, int digits) throws SQLException {
        Map<String, String> accounts = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select scope_code, min(username) from app_user where '%s' = any(roles) and length(scope_code) = %d group by 1"
                                .formatted(role, digits))) {
            while (rows.next()) accounts.put(rows.getString(1), rows.getString(2));
        }
        return accounts;
    }

    private static long next(Connection db, String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select last_value + 1 from " + table + "_id_seq")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void timed(Connection db, String what, String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
            long rows = Math.max(0, statement.getUpdateCount());
            long nanos = System.nanoTime() - started;
            Report.line(
                    rows > 0 ? "%s: %s, %,d rows, %,.0f rows/s" : "%s: %s",
                    what,
                    Report.millis(nanos),
                    rows,
                    rows / (nanos / 1e9));
        }
    }

    private static String sizes(Connection db) throws SQLException {
        List<String> sizes = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.relname, c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid))
                          from pg_class c
                         where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
                           and c.relname in ('grid', 'building', 'household', 'person', 'ledger_entry', 'party_member',
                                             'work_case', 'case_event', 'case_rollup', 'case_category_rollup')
                         order by pg_total_relation_size(c.oid) desc""")) {
            while (rows.next()) {
                sizes.add("%s %,d rows %s".formatted(rows.getString(1), rows.getLong(2), rows.getString(3)));
            }
        }
        try (Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
            rows.next();
            sizes.add("database " + rows.getString(1));
        }
        return String.join("; ", sizes);
    }

    private static int pickIndex(SplittableRandom random, int... weights) {
        int total = 0;
        for (int weight : weights) total += weight;
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }

    /** Rows for one COPY, written as CSV lines. */
    private interface Rows {
        void writeTo(Writer out) throws IOException;
    }

    private static long copy(Connection db, String sql, Rows rows) throws SQLException, IOException {
        PGCopyOutputStream stream = new PGCopyOutputStream(db.unwrap(PGConnection.class), sql, 1 << 16);
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            rows.writeTo(out);
            out.flush();
            return stream.endCopy();
        } finally {
            if (stream.isActive()) stream.cancelCopy();
        }
    }
}
