package org.redgrid.bench;

import static org.redgrid.bench.BenchSql.sleepUntil;

import java.sql.Connection;
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

/**
 * The platform's case loop and Flowable's run side by side in one run: both warmed up, then at each
 * number of client threads the platform's step right before Flowable's, each a short warm-up and a
 * measured window in which a loop counts if it ends inside it. Prints loops per second, a loop's p50
 * and p99, and the ratio per step and best against best. The platform's process (when it runs as one)
 * has its CPU use printed beside each step.
 */
final class LoopRace {

    /** Runs one whole loop; the number makes its case or process instance unique. */
    interface Loop {
        void run(long number) throws Exception;
    }

    /** A connection of its own to the database of an engine ("platform" or "Flowable"), to sample its sessions. */
    interface Databases {
        Connection open(String engine) throws Exception;
    }

    private record Outcome(long[] loopNanos, Map<String, Long> errors) {}

    record Step(
            String engine,
            int concurrency,
            Latencies latencies,
            Map<String, Long> errors,
            CpuUse cpu,
            Map<String, Double> sessions) {

        double perSecond() {
            return latencies.perSecond();
        }
    }

    static final int[] CONCURRENCY = {1, 4, 16, 64};
    static final Duration MEASURED = Duration.ofSeconds(Long.getLong("redgrid.bench.seconds", 10));
    static final Duration STEP_WARM_UP = Duration.ofSeconds(2);
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("redgrid.bench.warm-up-seconds", 10));
    private static final int WARM_UP_THREADS = 4;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(120);
    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(50);

    private final AtomicLong numbers = new AtomicLong();
    private final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    private final PlatformProcess platform;
    private final Databases databases;

    /**
     * A race whose platform runs as {@code platform}, or in the benchmark's own JVM when it is null; what
     * each engine's database sessions do in a measured window is sampled through {@code databases}.
     */
    LoopRace(PlatformProcess platform, Databases databases) {
        this.platform = platform;
        this.databases = databases;
    }

    long nextNumber() {
        return numbers.incrementAndGet();
    }

    /** Warms both up, runs every step and prints the ratios; returns the best ratio. */
    double race(Loop ours, Loop theirs, double goal) throws Exception {
        ours.run(nextNumber());
        theirs.run(nextNumber());
        Report.line("check: one loop ran to its end on the platform and on Flowable");
        warmUp("platform", ours);
        warmUp("Flowable", theirs);
        Report.line(
                "each step: %d s warm-up, then %d s measured; a loop counts if it ends inside the window;"
                        + " the platform's step runs first, then Flowable's",
                STEP_WARM_UP.toSeconds(), MEASURED.toSeconds());
        List<Step[]> pairs = new ArrayList<>();
        for (int concurrency : CONCURRENCY) {
            Step mine = step("platform", ours, concurrency);
            print(mine);
            Step other = step("Flowable", theirs, concurrency);
            print(other);
            Report.line(
                    "            platform / Flowable at %d threads: %.2f×; load average %s",
                    concurrency, mine.perSecond() / other.perSecond(), Report.loadAverage());
            pairs.add(new Step[] {mine, other});
        }
        firstErrors.forEach((error, body) -> Report.line("first %s: %s", error, body));
        return summarise(pairs, goal);
    }

    /** Keeps the first answer of each kind of failure, to print it once at the end. */
    void failed(String error, String detail) {
        firstErrors.putIfAbsent(error, detail);
    }

    private void warmUp(String engine, Loop loop) throws Exception {
        long until = System.nanoTime() + WARM_UP.toNanos();
        run(loop, WARM_UP_THREADS, until, until);
        Report.line("warm-up: %s, %d s at %d threads", engine, WARM_UP.toSeconds(), WARM_UP_THREADS);
    }

    private Step step(String engine, Loop loop, int concurrency) throws Exception {
        long from = System.nanoTime() + STEP_WARM_UP.toNanos();
        long until = from + MEASURED.toNanos();
        CpuUse.Snapshot[] before = new CpuUse.Snapshot[1];
        DatabaseWaits[] waits = new DatabaseWaits[1];
        try (Connection sampling = databases.open(engine)) {
            Thread observer = new Thread(() -> {
                try {
                    sleepUntil(from);
                    if (platform != null) before[0] = CpuUse.snapshot(platform);
                    waits[0] = DatabaseWaits.start(sampling, SAMPLE_INTERVAL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            observer.start();
            List<Outcome> outcomes = run(loop, concurrency, from, until);
            observer.join();
            Map<String, Double> sessions = waits[0].stop();
            CpuUse cpu = platform == null ? null : CpuUse.between(before[0], CpuUse.snapshot(platform));
            long[] nanos = outcomes.stream()
                    .map(Outcome::loopNanos)
                    .flatMapToLong(Arrays::stream)
                    .toArray();
            Map<String, Long> errors = new TreeMap<>();
            outcomes.forEach(
                    outcome -> outcome.errors().forEach((error, count) -> errors.merge(error, count, Long::sum)));
            if (nanos.length == 0) {
                throw new IllegalStateException("no loop ended on " + engine + " at " + concurrency
                        + " threads; errors " + errors + firstErrors);
            }
            return new Step(engine, concurrency, Latencies.of(nanos, MEASURED), errors, cpu, sessions);
        }
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
                loop.run(nextNumber());
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
        if (step.cpu() != null) Report.line("            %s", step.cpu().summary());
        Report.line("            database sessions: %s", DatabaseWaits.summary(step.sessions()));
    }

    private static double summarise(List<Step[]> pairs, double goal) {
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
                goal,
                ratio >= goal ? "MET" : "NOT MET");
        return ratio;
    }

    /** Every loop counted really ended: on the platform a RATED case each, on Flowable a finished instance each. */
    static void checkEnded(long platformLoops, long rated, long flowableLoops, long finished) {
        if (rated != platformLoops || finished != flowableLoops) {
            throw new IllegalStateException("loops ended: platform %,d (rated cases: %,d), Flowable %,d (finished: %,d)"
                    .formatted(platformLoops, rated, flowableLoops, finished));
        }
        Report.line(
                "check: %,d loops on the platform, %,d RATED cases; %,d loops on Flowable, %,d finished instances",
                platformLoops, rated, flowableLoops, finished);
    }
}
