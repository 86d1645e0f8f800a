package org.redgrid.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.redgrid.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * The second half of the intake benchmark, in the same run and against the same platform: bulk intake
 * ({@code POST /api/v1/cases/batch}) at several batch sizes and client threads, counted in cases
 * created per second; and the framework's per-request floor, layer by layer (no authentication,
 * bearer token, token plus a scoped read, token plus a single intake), one client after another.
 */
final class BatchIntakeSteps {

    static final int[] BATCH_SIZES = {100, 500};
    static final int[] THREADS = {1, 2, 4, 8};
    private static final int LAYER_THREADS = 4;

    /**
     * One bulk step: cases created per second over the window, and the time of whole requests (null when
     * no request completed inside the window).
     */
    record Step(int batchSize, int threads, double casesPerSecond, Latencies requests, long refusedItems) {}

    /** One layer: the same request back to back from a few threads, its rate and timings. */
    record Layer(String name, Latencies latencies) {}

    private final Api api;
    private final AtomicLong keys;
    private final AtomicLong created;
    private final String keyPrefix;
    private final Duration warmUp;
    private final Duration measured;
    private final Runnable settle;

    /** {@code settle} runs before each step: it waits until the platform has worked off the last one. */
    BatchIntakeSteps(
            Api api,
            AtomicLong keys,
            AtomicLong created,
            String keyPrefix,
            Duration warmUp,
            Duration measured,
            Runnable settle) {
        this.api = api;
        this.settle = settle;
        this.keys = keys;
        this.created = created;
        this.keyPrefix = keyPrefix;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    List<Step> run(LongFunction<Map<String, Object>> item) throws Exception {
        List<Step> steps = new ArrayList<>();
        for (int size : BATCH_SIZES) {
            for (int threads : THREADS) {
                settle.run();
                Step step = step(item, size, threads);
                steps.add(step);
                if (step.requests() == null) {
                    Report.line(
                            "batch of %3d, %d threads: no batch completed inside the %d s window; load average %s",
                            size, threads, measured.toSeconds(), Report.loadAverage());
                    continue;
                }
                Report.line(
                        "batch of %3d, %d threads: %,8.1f cases/s; per request p50 %s, p99 %s, max %s; %,d items"
                                + " refused; load average %s",
                        size,
                        threads,
                        step.casesPerSecond(),
                        Report.millis(step.requests().p50Nanos()),
                        Report.millis(step.requests().p99Nanos()),
                        Report.millis(step.requests().maxNanos()),
                        step.refusedItems(),
                        Report.loadAverage());
            }
        }
        return steps;
    }

    private Step step(LongFunction<Map<String, Object>> item, int size, int threads) throws Exception {
        long from = System.nanoTime() + warmUp.toNanos();
        long until = from + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<long[]>> outcomes = new ArrayList<>();
            AtomicLong casesInWindow = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> drive(item, size, from, until, casesInWindow, refused)));
            }
            List<long[]> timings = new ArrayList<>();
            for (Future<long[]> outcome : outcomes) timings.add(outcome.get(120, TimeUnit.SECONDS));
            long[] nanos = timings.stream().flatMapToLong(Arrays::stream).toArray();
            if (nanos.length == 0) {
                // On a machine so loaded that one batch outlasts the window: say so and go on.
                return new Step(size, threads, 0, null, refused.get());
            }
            return new Step(
                    size,
                    threads,
                    casesInWindow.get() / (measured.toNanos() / 1e9),
                    Latencies.of(nanos, measured),
                    refused.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] drive(
            LongFunction<Map<String, Object>> item,
            int size,
            long from,
            long until,
            AtomicLong casesInWindow,
            AtomicLong refused) {
        long[] nanos = new long[256];
        int count = 0;
        while (System.nanoTime() < until) {
            List<Map<String, Object>> items = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                long number = keys.incrementAndGet();
                Map<String, Object> one = new java.util.LinkedHashMap<>(item.apply(number));
                one.put("idempotencyKey", keyPrefix + number);
                items.add(one);
            }
            long before = System.nanoTime();
            Api.Response response = api.post("/api/v1/cases/batch", Api.json("items", items));
            long after = System.nanoTime();
            if (response.status() != 200) {
                throw new IllegalStateException("batch answered " + response.status() + ": " + response.body());
            }
            JsonNode answer = response.json();
            int taken = answer.path("created").asInt();
            created.addAndGet(taken);
            if (after < from || after >= until) continue;
            casesInWindow.addAndGet(taken);
            refused.addAndGet(answer.path("refused").asInt());
            if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
            nanos[count++] = after - before;
        }
        return Arrays.copyOf(nanos, count);
    }

    /**
     * The per-request floor, layer by layer: the same request sent back to back by {@value #LAYER_THREADS}
     * threads for the measured window; the differences between the lines are what each layer adds.
     */
    List<Layer> layers(Api anonymous, String caseLocation, LongFunction<String> singleIntakeBody) throws Exception {
        List<Layer> layers = new ArrayList<>();
        layers.add(layer(
                "GET /actuator/health/liveness (filter chain, no authentication)",
                () -> anonymous.get("/actuator/health/liveness").status()));
        layers.add(layer(
                "GET /api/v1/me (+ bearer token lookup, actor, small JSON)",
                () -> api.get("/api/v1/me").status()));
        layers.add(layer(
                "GET " + caseLocation + " (+ scoped read of one case, case JSON)",
                () -> api.get(caseLocation).status()));
        layers.add(layer("POST /api/v1/cases (+ JSON in, transaction: case, event, audit, publication)", () -> {
            long number = keys.incrementAndGet();
            int status = api.post(
                            "/api/v1/cases", singleIntakeBody.apply(number), "Idempotency-Key", keyPrefix + number)
                    .status();
            if (status == 201) created.incrementAndGet();
            return status == 201 ? 200 : status;
        }));
        for (Layer layer : layers) {
            Report.line(
                    "%-80s %,7.0f req/s, p50 %s, p99 %s (%d threads); load average %s",
                    layer.name(),
                    layer.latencies().perSecond(),
                    Report.millis(layer.latencies().p50Nanos()),
                    Report.millis(layer.latencies().p99Nanos()),
                    LAYER_THREADS,
                    Report.loadAverage());
        }
        return layers;
    }

    private Layer layer(String name, java.util.function.IntSupplier request) throws Exception {
        long from = System.nanoTime() + warmUp.toNanos();
        long until = from + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(LAYER_THREADS);
        try {
            List<Future<long[]>> outcomes = new ArrayList<>();
            for (int i = 0; i < LAYER_THREADS; i++) {
                outcomes.add(pool.submit(() -> {
                    long[] nanos = new long[4096];
                    int count = 0;
                    while (System.nanoTime() < until) {
                        long before = System.nanoTime();
                        int status = request.getAsInt();
                        long after = System.nanoTime();
                        if (status != 200) throw new IllegalStateException(name + " answered " + status);
                        if (after < from || after >= until) continue;
                        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
                        nanos[count++] = after - before;
                    }
                    return Arrays.copyOf(nanos, count);
                }));
            }
            List<long[]> timings = new ArrayList<>();
            for (Future<long[]> outcome : outcomes) timings.add(outcome.get(120, TimeUnit.SECONDS));
            return new Layer(
                    name,
                    Latencies.of(timings.stream().flatMapToLong(Arrays::stream).toArray(), measured));
        } finally {
            pool.shutdownNow();
        }
    }
}
