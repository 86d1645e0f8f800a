package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.execute;
import static org.redgrid.bench.BenchSql.single;
import static org.redgrid.bench.BenchSql.sleepUntil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Whole case loops per second: report → file → dispatch → accept → report back → verify → close →
 * rate, through the platform's HTTP API as the three demo users who do them, against the same loop as a
 * BPMN process on Flowable 7 ({@link FlowableCaseLoop}) on the same embedded PostgreSQL, with the same
 * number of client threads, step by step in the same run.
 */
class CaseLoopVsFlowableBenchmark {

    static final String GRID = "150105004015001";
    static final String RESIDENT = "resident.zhang";
    static final String COMMUNITY = "taoyuan.community";
    static final String WORKER = "taoyuan.grid1";
    private static final String TITLE_PREFIX = "Case loop ";

    private static final int[] CONCURRENCY = {1, 4, 16, 64};
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("redgrid.bench.seconds", 10));
    private static final Duration STEP_WARM_UP = Duration.ofSeconds(2);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final int WARM_UP_THREADS = 4;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(120);
    // Hikari's default, which is also the platform's pool unless configured otherwise.
    private static final int FLOWABLE_POOL = Integer.getInteger("redgrid.bench.flowable-pool", 10);
    private static final double GOAL_RATIO = 5.0;

    /** Runs one whole loop; the number makes its case or process instance unique. */
    private interface Loop {
        void run(long number) throws Exception;
    }

    private record Outcome(long[] loopNanos, Map<String, Long> errors) {}

    private record Step(String engine, int concurrency, Latencies latencies, Map<String, Long> errors, CpuUse cpu) {

        double perSecond() {
            return latencies.perSecond();
        }
    }

    private final AtomicLong numbers = new AtomicLong();
    private final AtomicLong platformLoops = new AtomicLong();
    private final AtomicLong flowableLoops = new AtomicLong();
    private final Map<String, String> firstErrors = new ConcurrentHashMap<>();

    private Api resident;
    private Api community;
    private Api worker;

    @Test
    void wholeCaseLoopsPerSecondOnThePlatformAndOnFlowable() throws Exception {
        Path home = BenchFiles.freshDirectory("lifecycle");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            platform.awaitHealthy();
            try (Connection db = platform.openDatabase()) {
                execute(db, "create database flowable");
                String flowableUrl = "jdbc:postgresql://127.0.0.1:" + platform.databasePort() + "/flowable";
                try (FlowableCaseLoop flowable =
                        FlowableCaseLoop.start(flowableUrl, "redgrid", platform.databasePassword(), FLOWABLE_POOL)) {
                    Report.title("Whole case loops per second: the platform over HTTP against Flowable 7 on the same"
                            + " PostgreSQL");
                    Report.line(
                            "loop: report, file, dispatch, accept, report back, verify, close, rate (8 requests on the"
                                    + " platform as %s, %s and %s; on Flowable a start and %d user tasks %s, history"
                                    + " level audit, pool of %d connections, in the benchmark's JVM)",
                            RESIDENT,
                            COMMUNITY,
                            WORKER,
                            FlowableCaseLoop.steps().size(),
                            FlowableCaseLoop.steps(),
                            FLOWABLE_POOL);
                    Report.line(
                            "platform JVM: %s; benchmark JVM (Flowable): %s; load average before: %s",
                            PlatformProcess.jvmDescription(),
                            System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                            Report.loadAverage());
                    resident = Api.as(platform.port(), RESIDENT);
                    community = Api.as(platform.port(), COMMUNITY);
                    worker = Api.as(platform.port(), WORKER);
                    Loop onPlatform = this::platformLoop;
                    Loop onFlowable = number -> {
                        flowable.runOnce(number);
                        flowableLoops.incrementAndGet();
                    };
                    onPlatform.run(numbers.incrementAndGet());
                    onFlowable.run(numbers.incrementAndGet());
                    Report.line("check: one loop ran to RATED on the platform and to its end on Flowable");

                    warmUp("platform", onPlatform);
                    warmUp("Flowable", onFlowable);
                    Report.line(
                            "each step: %d s warm-up, then %d s measured; a loop counts if it ends inside the window;"
                                    + " the platform's step runs first, then Flowable's",
                            STEP_WARM_UP.toSeconds(), MEASURED.toSeconds());
                    List<Step[]> pairs = new ArrayList<>();
                    for (int concurrency : CONCURRENCY) {
                        Step ours = step("platform", onPlatform, concurrency, platform);
                        print(ours);
                        Step theirs = step("Flowable", onFlowable, concurrency, platform);
                        print(theirs);
                        Report.line(
                                "            platform / Flowable at %d threads: %.2f×",
                                concurrency, ours.perSecond() / theirs.perSecond());
                        pairs.add(new Step[] {ours, theirs});
                    }
                    firstErrors.forEach((error, body) -> Report.line("first %s: %s", error, body));
                    check(db, flowable);
                    summarise(pairs);
                }
            }
        }
    }

    private void platformLoop(long number) {
        var created = resident.post(
                "/api/v1/cases",
                Api.json(
                        "type",
                        "PROBLEM",
                        "category",
                        "EVENT.PARKING",
                        "gridCode",
                        GRID,
                        "title",
                        TITLE_PREFIX + number,
                        "description",
                        "A car has been parked across the fire lane behind building 3 since the morning."));
        if (created.status() != 201) throw new IllegalStateException("report: HTTP " + created.status());
        long id = created.json().path("id").asLong();
        act(community, id, "action", "FILE", "note", "立案");
        act(community, id, "action", "DISPATCH", "assignee", WORKER, "note", "网格员上门处理");
        act(worker, id, "action", "ACCEPT");
        act(worker, id, "action", "REPORT_BACK", "note", "已劝离，消防通道畅通");
        act(community, id, "action", "VERIFY_PASS", "note", "现场核查通过");
        act(community, id, "action", "CLOSE");
        String status = act(resident, id, "action", "RATE", "resolved", true, "satisfaction", "SATISFIED");
        if (!"RATED".equals(status)) throw new IllegalStateException("rated case is " + status);
        platformLoops.incrementAndGet();
    }

    private String act(Api api, long id, Object... fields) {
        var response = api.post("/api/v1/cases/" + id + "/transitions", Api.json(fields));
        if (response.status() != 200) {
            String error = fields[1] + ": HTTP " + response.status();
            firstErrors.putIfAbsent(error, response.body());
            throw new IllegalStateException(error);
        }
        return response.json().path("status").asString();
    }

    private void warmUp(String engine, Loop loop) throws Exception {
        long until = System.nanoTime() + WARM_UP.toNanos();
        run(loop, WARM_UP_THREADS, until, until);
        Report.line("warm-up: %s, %d s at %d threads", engine, WARM_UP.toSeconds(), WARM_UP_THREADS);
    }

    private Step step(String engine, Loop loop, int concurrency, PlatformProcess platform) throws Exception {
        long from = System.nanoTime() + STEP_WARM_UP.toNanos();
        long until = from + MEASURED.toNanos();
        CpuUse.Snapshot[] before = new CpuUse.Snapshot[1];
        Thread observer = new Thread(() -> {
            try {
                sleepUntil(from);
                before[0] = CpuUse.snapshot(platform);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        observer.start();
        List<Outcome> outcomes = run(loop, concurrency, from, until);
        observer.join();
        CpuUse cpu = CpuUse.between(before[0], CpuUse.snapshot(platform));
        long[] nanos = outcomes.stream()
                .map(Outcome::loopNanos)
                .flatMapToLong(Arrays::stream)
                .toArray();
        Map<String, Long> errors = new TreeMap<>();
        outcomes.forEach(outcome -> outcome.errors().forEach((error, count) -> errors.merge(error, count, Long::sum)));
        if (nanos.length == 0) {
            throw new IllegalStateException(
                    "no loop ended on " + engine + " at " + concurrency + " threads; errors " + errors + firstErrors);
        }
        return new Step(engine, concurrency, Latencies.of(nanos, MEASURED), errors, cpu);
    }

    private List<Outcome> run(Loop loop, int threads, long from, long until) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) futures.add(pool.submit(() -> drive(loop, from, until)));
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(
                        Duration.ofNanos(until - System.nanoTime())
                                .plus(DRAIN_LIMIT)
                                .toSeconds(),
                        TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Loops back to back until {@code until}; keeps the durations of those that end in {@code [from, until)}. */
    private Outcome drive(Loop loop, long from, long until) {
        long[] nanos = new long[256];
        int count = 0;
        Map<String, Long> errors = new TreeMap<>();
        while (System.nanoTime() < until) {
            long before = System.nanoTime();
            String error = null;
            try {
                loop.run(numbers.incrementAndGet());
            } catch (Exception failed) {
                error = failed.getClass().getSimpleName() + ": " + failed.getMessage();
                firstErrors.putIfAbsent(failed.getClass().getSimpleName(), String.valueOf(failed));
            }
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

    private static void print(Step step) {
        Latencies latencies = step.latencies();
        Report.line(
                "%-8s %2d threads: %,7.1f loops/s, loop p50 %s, p99 %s, max %s; %,d loops in the window, errors: %s",
                step.engine(),
                step.concurrency(),
                step.perSecond(),
                Report.millis(latencies.p50Nanos()),
                Report.millis(latencies.p99Nanos()),
                Report.millis(latencies.maxNanos()),
                latencies.count(),
                step.errors().isEmpty() ? "none" : step.errors());
        Report.line("            %s", step.cpu().summary());
    }

    /** Every loop counted really ended: rated cases on the platform, finished instances in Flowable's history. */
    private void check(Connection db, FlowableCaseLoop flowable) throws SQLException {
        long rated = Long.parseLong(single(
                db,
                "select count(*) from work_case where reporter = '" + RESIDENT
                        + "' and status = 'RATED' and title like '" + TITLE_PREFIX + "%'"));
        long finished = flowable.finished();
        if (rated != platformLoops.get() || finished != flowableLoops.get()) {
            throw new IllegalStateException("loops ended: platform %,d (rated cases: %,d), Flowable %,d (finished: %,d)"
                    .formatted(platformLoops.get(), rated, flowableLoops.get(), finished));
        }
        Report.line(
                "check: %,d loops on the platform, %,d RATED cases; %,d loops on Flowable, %,d finished instances",
                platformLoops.get(), rated, flowableLoops.get(), finished);
    }

    private static void summarise(List<Step[]> pairs) {
        Step bestOurs = pairs.stream()
                .map(pair -> pair[0])
                .max((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                .orElseThrow();
        Step bestTheirs = pairs.stream()
                .map(pair -> pair[1])
                .max((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
                .orElseThrow();
        double ratio = bestOurs.perSecond() / bestTheirs.perSecond();
        Report.line(
                "best: platform %,.1f loops/s at %d threads, Flowable %,.1f loops/s at %d threads; platform / Flowable"
                        + " %.2f× (goal at least %.0f×: %s)",
                bestOurs.perSecond(),
                bestOurs.concurrency(),
                bestTheirs.perSecond(),
                bestTheirs.concurrency(),
                ratio,
                GOAL_RATIO,
                ratio >= GOAL_RATIO ? "MET" : "NOT MET");
    }
}
