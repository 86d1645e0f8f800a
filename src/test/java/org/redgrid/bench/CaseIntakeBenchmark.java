package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.execute;
import static org.redgrid.bench.BenchSql.single;
import static org.redgrid.bench.BenchSql.sleepUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;

/**
 * Case intake under load: the packaged platform is started on a new data dir and a grid worker's client
 * files new cases, {@code POST /api/v1/cases} over loopback HTTP, from 1 up to 64 threads at once, each
 * request with its own idempotency key so that each one creates a case; the steps start after a warm-up
 * and an analyze of the new tables, to measure the steady state. Then pgbench inserts single rows
 * into a scratch table of the same embedded PostgreSQL: the database's own rate on this machine is the
 * yardstick the intake rate is judged against.
 */
class CaseIntakeBenchmark {

    private static final String REPORTER = "taoyuan.grid1";
    private static final String KEY_PREFIX = "intake-";
    private static final String GRID = "150105004015001";
    private static final int[] CONCURRENCY = {1, 2, 4, 8, 16, 32, 64};
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("redgrid.bench.seconds", 10));
    private static final Duration STEP_WARM_UP = Duration.ofSeconds(2);
    // The first steps would otherwise pay for the JIT compiling the intake path in the platform and here,
    // and for the plans chosen before the new tables were ever analysed.
    private static final Duration WARM_UP_BEFORE_ANALYZE = Duration.ofSeconds(10);
    private static final Duration WARM_UP_AFTER_ANALYZE = Duration.ofSeconds(15);
    private static final int WARM_UP_THREADS = 8;
    private static final String IDEMPOTENCY_LOOKUP =
            "select id from work_case where reporter = '" + REPORTER + "' and idempotency_key = 'no-such-key'";
    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(50);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    private static final int[] PGBENCH_CLIENTS = {1, 8, 32, 64};
    private static final String PGBENCH_SCRIPT = "insert into bench_insert (payload) values ('x');\n";

    // The goals set for intake: at least 12 % of the database's single-row insert rate, and a p99 of at
    // most 50 ms at half of that rate; by the batch, at least 40 % of that rate in cases per second.
    private static final double GOAL_SHARE = 0.12;
    private static final double BATCH_GOAL_SHARE = 0.40;
    private static final long GOAL_P99_NANOS = Duration.ofMillis(50).toNanos();
    // How far a step's rate may lie from half of pgbench's to stand for that rate.
    private static final double HALF_RATE_TOLERANCE = 0.20;

    /** What one client thread saw inside the measured window. */
    private record Outcome(long[] createdNanos, Map<String, Long> errors) {}

    /** One concurrency step: the cases created within the window, their timings and what else happened. */
    private record Step(
            int concurrency,
            Latencies latencies,
            Map<String, Long> errors,
            CpuUse cpu,
            Map<String, Double> sessions,
            long unchained,
            String loadAverage) {

        double perSecond() {
            return latencies.perSecond();
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final AtomicLong keys = new AtomicLong();
    // Every 201 of the run, warm-ups and requests outside the windows included, to check against the database.
    private final AtomicLong created = new AtomicLong();
    private final Map<String, String> firstErrorBodies = new ConcurrentHashMap<>();

    @Test
    void caseIntakeUnderRisingConcurrencyAgainstPgbenchInserts() throws Exception {
        Path home = BenchFiles.freshDirectory("intake");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase();
                    Connection sampling = platform.openDatabase()) {
                Report.title("Case intake: POST /api/v1/cases as %s into grid %s over loopback HTTP"
                        .formatted(REPORTER, GRID));
                Report.line(
                        "PostgreSQL %s, shared_buffers %s, synchronous_commit %s, max_connections %s",
                        single(db, "show server_version"),
                        single(db, "show shared_buffers"),
                        single(db, "show synchronous_commit"),
                        single(db, "show max_connections"));
                Report.line(
                        "platform JVM: %s; load average before: %s",
                        PlatformProcess.jvmDescription(), Report.loadAverage());
                Api api = Api.as(platform.port(), REPORTER);
                String firstCase = checkIntakeCreatesOnceAndReplays(api);

                warmUp(api, WARM_UP_THREADS, WARM_UP_BEFORE_ANALYZE);
                analyzeAsAutovacuumWould(db);
                warmUp(api, WARM_UP_THREADS, WARM_UP_AFTER_ANALYZE);
                Report.line(
                        "each step: %d s warm-up, then %d s measured; a request counts if it completes inside the"
                                + " window; only 201 is a success",
                        STEP_WARM_UP.toSeconds(), MEASURED.toSeconds());
                List<Step> steps = new ArrayList<>();
                for (int concurrency : CONCURRENCY) {
                    Step step = step(api, platform, sampling, concurrency);
                    steps.add(step);
                    print(step);
                }
                firstErrorBodies.forEach((error, body) -> Report.line("first %s answer: %s", error, body));
                Runnable settle = () -> drainPublications(db);
                settle.run();
                BatchIntakeSteps bulk =
                        new BatchIntakeSteps(api, keys, created, KEY_PREFIX + "b", STEP_WARM_UP, MEASURED, settle);
                Report.title("Bulk intake: POST /api/v1/cases/batch as %s, same platform".formatted(REPORTER));
                List<BatchIntakeSteps.Step> batches = bulk.run(CaseIntakeBenchmark::batchItem);
                Report.title("The per-request floor, layer by layer, same platform");
                settle.run();
                bulk.layers(Api.anonymous(platform.port()), firstCase, CaseIntakeBenchmark::caseBody);
                checkEveryCreatedCaseIsStoredAndAudited(db);
                checkTheAuditChainIsIntact(platform);

                Optional<Pgbench> pgbench = Pgbench.find(platform.databasePort(), platform.databasePassword());
                if (pgbench.isEmpty()) {
                    Report.line("pgbench: not found on the PATH (or at -Dredgrid.bench.pgbench), comparison SKIPPED;"
                            + " it comes with the PostgreSQL client"
                            + " (Debian/Ubuntu: apt-get install postgresql-client)");
                    summarise(steps, batches, List.of());
                    return;
                }
                List<Pgbench.Run> runs = pgbench(pgbench.get(), platform, db, sampling, home);
                summarise(steps, batches, runs);
            }
        }
    }

    /** The intake path answers 201 with a new case, and a retry with the same key returns that case. */
    private String checkIntakeCreatesOnceAndReplays(Api api) {
        String body = caseBody(0);
        Api.Response first = api.post("/api/v1/cases", body, "Idempotency-Key", KEY_PREFIX + "check");
        Api.Response retry = api.post("/api/v1/cases", body, "Idempotency-Key", KEY_PREFIX + "check");
        if (first.status() != 201
                || !"INTAKE".equals(first.json().path("status").asString())) {
            throw new IllegalStateException("intake did not create a case: " + first.status() + " " + first.body());
        }
        if (retry.status() != 201
                || first.json().path("id").asLong() != retry.json().path("id").asLong()) {
            throw new IllegalStateException(
                    "a retry with the same key did not return the same case: " + retry.status() + " " + retry.body());
        }
        created.incrementAndGet();
        Report.line(
                "check: 201, case %s in status INTAKE; a retry with the same Idempotency-Key returned the same case",
                first.json().path("number").asString());
        return "/api/v1/cases/" + first.json().path("id").asLong();
    }

    /**
     * On a new data dir the case tables have never been analysed, and until autovacuum does so (a minute
     * or more into the run) the idempotency lookup is planned on the reporter index and reads every case
     * of the reporter. The steps measure the steady state after it; the plans before and after are printed.
     */
    private static void analyzeAsAutovacuumWould(Connection db) throws SQLException {
        Report.line("idempotency lookup before analyze: %s", plan(db, IDEMPOTENCY_LOOKUP));
        long started = System.nanoTime();
        execute(db, "vacuum (analyze) work_case, case_event, audit_log");
        Report.line("vacuum (analyze) of the case and audit tables: %s", Report.millis(System.nanoTime() - started));
        Report.line("idempotency lookup after analyze: %s", plan(db, IDEMPOTENCY_LOOKUP));
    }

    private void warmUp(Api api, int threads, Duration duration) throws Exception {
        long until = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) outcomes.add(pool.submit(() -> drive(api, until, until)));
            for (Future<Outcome> outcome : outcomes) {
                outcome.get(duration.plus(DRAIN_LIMIT).toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Report.line(
                "warm-up: %d s at %d threads, %,d cases created so far", duration.toSeconds(), threads, created.get());
    }

    /**
     * One step: {@code concurrency} threads send requests back to back; after the warm-up, the CPU use and
     * the database sessions are observed for exactly the measured window.
     */
    private Step step(Api api, PlatformProcess platform, Connection sampling, int concurrency) throws Exception {
        long from = System.nanoTime() + STEP_WARM_UP.toNanos();
        long until = from + MEASURED.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) outcomes.add(pool.submit(() -> drive(api, from, until)));
            sleepUntil(from);
            CpuUse.Snapshot before = CpuUse.snapshot(platform);
            Map<String, Double> sessions;
            try (DatabaseWaits waits = DatabaseWaits.start(sampling, SAMPLE_INTERVAL)) {
                sleepUntil(until);
                sessions = waits.stop();
            }
            CpuUse cpu = CpuUse.between(before, CpuUse.snapshot(platform));
            long unchained = Long.parseLong(single(sampling, "select count(*) from audit_log where seq is null"));
            String load = Report.loadAverage();

            List<long[]> timings = new ArrayList<>();
            Map<String, Long> errors = new TreeMap<>();
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get(DRAIN_LIMIT.toSeconds(), TimeUnit.SECONDS);
                timings.add(outcome.createdNanos());
                outcome.errors().forEach((error, count) -> errors.merge(error, count, Long::sum));
            }
            long[] nanos = timings.stream().flatMapToLong(Arrays::stream).toArray();
            if (nanos.length == 0) {
                throw new IllegalStateException("no case was created at concurrency " + concurrency + "; errors "
                        + errors + " " + firstErrorBodies);
            }
            return new Step(concurrency, Latencies.of(nanos, MEASURED), errors, cpu, sessions, unchained, load);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One client thread: new cases back to back until {@code until}; records those that complete in
     * {@code [from, until)}, timed from send until the whole answer is read.
     */
    private Outcome drive(Api api, long from, long until) {
        long[] nanos = new long[1024];
        int count = 0;
        Map<String, Long> errors = new TreeMap<>();
        while (System.nanoTime() < until) {
            long number = keys.incrementAndGet();
            long before = System.nanoTime();
            String error = create(api, number);
            long after = System.nanoTime();
            if (after < from || after >= until) continue;
            if (error != null) {
                errors.merge(error, 1L, Long::sum);
                continue;
            }
            if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
            nanos[count++] = after - before;
        }
        return new Outcome(Arrays.copyOf(nanos, count), errors);
    }

    /** Files case {@code number} under a key of its own; null when it was created, else what went wrong. */
    private String create(Api api, long number) {
        try {
            Api.Response response = api.post("/api/v1/cases", caseBody(number), "Idempotency-Key", KEY_PREFIX + number);
            if (response.status() == 201) {
                created.incrementAndGet();
                return null;
            }
            String error = "HTTP " + response.status();
            firstErrorBodies.putIfAbsent(error, response.body());
            return error;
        } catch (IllegalStateException failed) {
            // The client wraps I/O failures such as a refused or reset connection.
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            String error = "I/O " + cause.getClass().getSimpleName();
            firstErrorBodies.putIfAbsent(error, String.valueOf(cause.getMessage()));
            return error;
        }
    }

    private static String caseBody(long number) {
        return Api.json(
                "type",
                "PROBLEM",
                "category",
                "EVENT.PARKING",
                "gridCode",
                GRID,
                "title",
                "Car parked across the fire lane, report " + number,
                "description",
                "A car has been parked across the fire lane behind building 3 since the morning.");
    }

    private static Map<String, Object> batchItem(long number) {
        return Map.of(
                "type", "PROBLEM",
                "category", "EVENT.PARKING",
                "gridCode", GRID,
                "title", "Car parked across the fire lane, report " + number,
                "description", "A car has been parked across the fire lane behind building 3 since the morning.");
    }

    private static void print(Step step) {
        Latencies latencies = step.latencies();
        Report.line(
                "%2d threads: %,7.1f cases/s, p50 %s, p99 %s, max %s; %,d created in the window, errors: %s",
                step.concurrency(),
                step.perSecond(),
                Report.millis(latencies.p50Nanos()),
                Report.millis(latencies.p99Nanos()),
                Report.millis(latencies.maxNanos()),
                latencies.count(),
                step.errors().isEmpty() ? "none" : step.errors());
        Report.line("            %s", step.cpu().summary());
        Report.line("            database sessions: %s", DatabaseWaits.summary(step.sessions()));
        Report.line(
                "            audit entries not yet chained at the window's end: %,d; load average %s",
                step.unchained(), step.loadAverage());
    }

    /** The chainer kept up: verification (which chains what is left first) finds the whole chain intact. */
    private static void checkTheAuditChainIsIntact(PlatformProcess platform) {
        long started = System.nanoTime();
        var report = Api.as(platform.port(), "region.admin")
                .get("/api/v1/audit/verify")
                .json();
        long took = System.nanoTime() - started;
        if (!report.path("intact").asBoolean()) {
            throw new IllegalStateException("the audit chain is broken: " + report);
        }
        Report.line(
                "check: audit chain intact, %,d entries checked, %,d pending; verification took %s",
                report.path("checked").asLong(), report.path("pending").asLong(), Report.millis(took));
    }

    /** Proof that the figures count real cases: one new row and one audit entry for every 201. */
    /**
     * Waits (at most two minutes) until every event publication is complete, so that the next step
     * does not pay for the listeners' backlog of the last one, and says how long that took: the
     * listeners' own pace behind the intake.
     */
    private static void drainPublications(Connection db) {
        long started = System.nanoTime();
        try {
            long outstanding =
                    Long.parseLong(single(db, "select count(*) from event_publication where completion_date is null"));
            long first = outstanding;
            while (outstanding > 0
                    && System.nanoTime() - started < Duration.ofMinutes(2).toNanos()) {
                Thread.sleep(250);
                outstanding = Long.parseLong(
                        single(db, "select count(*) from event_publication where completion_date is null"));
            }
            Report.line(
                    "event publications outstanding: %,d, worked off in %.1f s (%,d left); load average %s",
                    first, (System.nanoTime() - started) / 1e9, outstanding, Report.loadAverage());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void checkEveryCreatedCaseIsStoredAndAudited(Connection db) throws SQLException {
        // Counted by this run's keys, not as a difference: the demo data may still be filed at start-up.
        long cases = casesFiledHere(db);
        long audited = casesFiledHereAudited(db);
        if (cases != created.get() || audited != created.get()) {
            throw new IllegalStateException("%,d answers were 201, but %,d cases and %,d audit entries were written"
                    .formatted(created.get(), cases, audited));
        }
        Report.line(
                "check: %,d answers 201 in the whole run, %,d new cases and %,d CASE_CREATED audit entries stored",
                created.get(), cases, audited);
    }

    /** pgbench's single-row inserts into a scratch table, dropped again afterwards. */
    private static List<Pgbench.Run> pgbench(
            Pgbench pgbench, PlatformProcess platform, Connection db, Connection sampling, Path home) throws Exception {
        Report.line("%s (%s), script: %s", pgbench.version(), pgbench.executable(), PGBENCH_SCRIPT.trim());
        execute(db, "drop table if exists bench_insert");
        execute(
                db,
                "create table bench_insert"
                        + " (id bigserial primary key, payload text, created_at timestamptz default now())");
        Path script = Files.writeString(home.resolve("insert.sql"), PGBENCH_SCRIPT, StandardCharsets.UTF_8);
        List<Pgbench.Run> runs = new ArrayList<>();
        try {
            for (int clients : PGBENCH_CLIENTS) {
                int threads = Math.min(clients, 2);
                CpuUse.Snapshot before = CpuUse.snapshot(platform);
                Pgbench.Run run;
                Map<String, Double> sessions;
                try (DatabaseWaits waits = DatabaseWaits.start(sampling, SAMPLE_INTERVAL)) {
                    run = pgbench.run(script, clients, threads, MEASURED, home.resolve("pgbench-c" + clients + ".log"));
                    sessions = waits.stop();
                }
                CpuUse cpu = CpuUse.between(before, CpuUse.snapshot(platform));
                runs.add(run);
                Report.line(
                        "pgbench -n -c %d -j %d -T %d: %,.0f tps, latency average %.2f ms, %,d transactions, %d failed",
                        run.clients(),
                        run.threads(),
                        MEASURED.toSeconds(),
                        run.tps(),
                        run.latencyAverageMillis(),
                        run.transactions(),
                        run.failed());
                // The benchmark JVM and the platform idle meanwhile: what PostgreSQL does not use is pgbench's.
                Report.line(
                        "            CPU (100 %% = one core): machine busy %s (PostgreSQL %s, pgbench and the rest %s),"
                                + " iowait %s",
                        CpuUse.percent(cpu.machine()),
                        CpuUse.percent(cpu.postgres()),
                        CpuUse.percent(cpu.rest()),
                        CpuUse.percent(cpu.ioWait()));
                // Sampled over pgbench's connecting and run; its sessions are the only busy ones then.
                Report.line("            database sessions: %s", DatabaseWaits.summary(sessions));
            }
            long processed = runs.stream().mapToLong(Pgbench.Run::transactions).sum();
            long rows = Long.parseLong(single(db, "select count(*) from bench_insert"));
            if (rows < processed) {
                throw new IllegalStateException(
                        "pgbench reported %,d inserts but the table holds %,d rows".formatted(processed, rows));
            }
            Report.line("check: pgbench reported %,d inserts, bench_insert holds %,d rows", processed, rows);
        } finally {
            execute(db, "drop table if exists bench_insert");
        }
        return runs;
    }

    private static void summarise(List<Step> steps, List<BatchIntakeSteps.Step> batches, List<Pgbench.Run> runs) {
        Step best =
                steps.stream().max(Comparator.comparingDouble(Step::perSecond)).orElseThrow();
        Report.line(
                "answers other than 201 inside the windows: %,d",
                steps.stream().mapToLong(Step::errorCount).sum());
        Report.line(
                "best intake: %,.1f cases/s at %d threads (p99 %s)",
                best.perSecond(),
                best.concurrency(),
                Report.millis(best.latencies().p99Nanos()));
        if (runs.isEmpty()) {
            Report.line("intake / pgbench: not measured, pgbench is missing");
            return;
        }
        Pgbench.Run bestRun =
                runs.stream().max(Comparator.comparingDouble(Pgbench.Run::tps)).orElseThrow();
        double share = best.perSecond() / bestRun.tps();
        Report.line("best pgbench single-row INSERT: %,.0f tps at %d clients", bestRun.tps(), bestRun.clients());
        Report.line(
                "intake / pgbench: %.1f %% (goal at least %.0f %%: %s)",
                100 * share, 100 * GOAL_SHARE, share >= GOAL_SHARE ? "MET" : "NOT MET");
        BatchIntakeSteps.Step bestBatch = batches.stream()
                .max(Comparator.comparingDouble(BatchIntakeSteps.Step::casesPerSecond))
                .orElseThrow();
        double batchShare = bestBatch.casesPerSecond() / bestRun.tps();
        Report.line(
                "best bulk intake: %,.0f cases/s (batches of %d, %d threads); bulk intake / pgbench: %.1f %% (goal at"
                        + " least %.0f %%: %s)",
                bestBatch.casesPerSecond(),
                bestBatch.batchSize(),
                bestBatch.threads(),
                100 * batchShare,
                100 * BATCH_GOAL_SHARE,
                batchShare >= BATCH_GOAL_SHARE ? "MET" : "NOT MET");

        double half = bestRun.tps() / 2;
        Step closest = steps.stream()
                .min(Comparator.comparingDouble(step -> Math.abs(step.perSecond() - half)))
                .orElseThrow();
        double off = (closest.perSecond() - half) / half;
        if (Math.abs(off) <= HALF_RATE_TOLERANCE) {
            long p99 = closest.latencies().p99Nanos();
            Report.line(
                    "p99 at half of pgbench's best (%,.0f/s): %s at %d threads (%,.1f cases/s, %+.0f %%); goal at most"
                            + " 50 ms: %s",
                    half,
                    Report.millis(p99),
                    closest.concurrency(),
                    closest.perSecond(),
                    100 * off,
                    p99 <= GOAL_P99_NANOS ? "MET" : "NOT MET");
        } else {
            Report.line(
                    "p99 at half of pgbench's best (%,.0f/s): NOT MEASURABLE, no step came within %.0f %% of that"
                            + " rate (closest: %d threads, %,.1f cases/s, %+.0f %%, p99 %s)",
                    half,
                    100 * HALF_RATE_TOLERANCE,
                    closest.concurrency(),
                    closest.perSecond(),
                    100 * off,
                    Report.millis(closest.latencies().p99Nanos()));
        }
    }

    /** The cases this run filed: the reporter's cases under this benchmark's idempotency keys. */
    private static long casesFiledHere(Connection db) throws SQLException {
        return count(db, "select count(*) from work_case where reporter = ? and idempotency_key like ?");
    }

    /** How many of those cases have their CASE_CREATED entry in the audit log. */
    private static long casesFiledHereAudited(Connection db) throws SQLException {
        return count(
                db,
                "select count(*) from work_case c join audit_log a"
                        + " on a.action = 'CASE_CREATED' and a.target_type = 'case' and a.target_id = c.number"
                        + " where c.reporter = ? and c.idempotency_key like ?");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement count = db.prepareStatement(sql)) {
            count.setString(1, REPORTER);
            count.setString(2, KEY_PREFIX + "%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String plan(Connection db, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("explain (analyze, costs off, timing off, summary off) " + query)) {
            while (rows.next()) lines.add(rows.getString(1).trim());
        }
        return String.join(" | ", lines);
    }
}
