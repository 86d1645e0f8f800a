package org.redgrid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;

/**
 * The platform's memory under load: the packaged jar on a new data dir, then 16 client threads for a
 * fixed time, each alternating a new case ({@code POST /api/v1/cases}) and a page of the grid worker's
 * cases ({@code GET /api/v1/cases}). Sampled every 250 ms: the process's resident set ({@code VmRSS} of
 * {@code /proc/<pid>/status}); every 2 s the heap as the JVM reports it ({@code jcmd <pid> GC.heap_info}:
 * used and committed). At the end the heap's maximum ({@code MaxHeapSize}) and, after a full collection
 * ({@code jcmd <pid> GC.run}), the heap still in use: the live set. (The metrics endpoint is behind the
 * pages' form login, so the benchmark asks the JVM directly; each {@code jcmd} is a short JVM of its own.)
 */
class MemoryUnderLoadBenchmark {

    private static final String GRID = "150105004015001";
    private static final int THREADS = 16;
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("redgrid.bench.memory.seconds", 30));
    private static final Duration SAMPLE_INTERVAL = Duration.ofMillis(250);
    private static final int HEAP_EVERY = 8;
    private static final long MIB = 1024 * 1024;
    private static final long GOAL_HEAP_BYTES = 512 * MIB;

    private final AtomicLong numbers = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    @Test
    void residentSetAndHeapWhileCasesAreFiledAndListed() throws Exception {
        Path home = BenchFiles.freshDirectory("memory");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            Duration started = platform.awaitHealthy();
            Report.title("Memory under load: %d threads filing and listing cases for %d s"
                    .formatted(THREADS, LOAD.toSeconds()));
            Report.line(
                    "platform JVM: %s; first served request after %s; load average %s",
                    PlatformProcess.jvmDescription(), Report.millis(started), Report.loadAverage());
            Api worker = Api.as(platform.port(), "taoyuan.grid1");
            long pid = platform.handle().pid();
            Report.line(
                    "idle after start: RSS %s, heap used %s of committed %s",
                    mib(residentBytes(pid)), mib(heap(pid)[0]), mib(heap(pid)[1]));

            long until = System.nanoTime() + LOAD.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long maxRss = 0;
            long maxHeapUsed = 0;
            long maxHeapCommitted = 0;
            try {
                List<Future<?>> clients = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) clients.add(pool.submit(() -> drive(worker, until)));
                for (int sample = 0; System.nanoTime() < until; sample++) {
                    maxRss = Math.max(maxRss, residentBytes(pid));
                    if (sample % HEAP_EVERY == 0) {
                        long[] heap = heap(pid);
                        maxHeapUsed = Math.max(maxHeapUsed, heap[0]);
                        maxHeapCommitted = Math.max(maxHeapCommitted, heap[1]);
                    }
                    Thread.sleep(SAMPLE_INTERVAL.toMillis());
                }
                for (Future<?> client : clients) client.get(60, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            long heapMax = maxHeapSize(pid);
            if (requests.get() == 0 || failures.get() > 0) {
                throw new IllegalStateException(
                        "%,d requests answered, %,d failed".formatted(requests.get(), failures.get()));
            }
            Report.line(
                    "under load: %,d requests (%,.0f/s), none failed; RSS max %s; heap used max %s, committed max %s,"
                            + " heap max %s",
                    requests.get(),
                    requests.get() / (double) LOAD.toSeconds(),
                    mib(maxRss),
                    mib(maxHeapUsed),
                    mib(maxHeapCommitted),
                    mib(heapMax));
            String gc = jcmd(pid, "GC.run");
            long afterGc = heap(pid)[0];
            Report.line(
                    "after a full collection (jcmd GC.run%s): heap used %s (the live set), RSS %s",
                    gc.isBlank() ? "" : ": " + gc.strip(), mib(afterGc), mib(residentBytes(pid)));
            Report.line(
                    "heap under load (goal at most 512 MB): used max %s, live after GC %s: %s",
                    mib(maxHeapUsed), mib(afterGc), afterGc <= GOAL_HEAP_BYTES ? "live set MET" : "live set NOT MET");
        }
    }

    private void drive(Api worker, long until) {
        while (System.nanoTime() < until) {
            long number = numbers.incrementAndGet();
            var response = number % 2 == 0
                    ? worker.get("/api/v1/cases?size=20")
                    : worker.post(
                            "/api/v1/cases",
                            Api.json(
                                    "type",
                                    "PROBLEM",
                                    "category",
                                    "EVENT.PARKING",
                                    "gridCode",
                                    GRID,
                                    "title",
                                    "Memory load " + number,
                                    "description",
                                    "A car has been parked across the fire lane behind building 3."));
            requests.incrementAndGet();
            if (response.status() >= 300) failures.incrementAndGet();
        }
    }

    /** Heap used and committed, in bytes, from {@code jcmd <pid> GC.heap_info} (G1's first line). */
    private static long[] heap(long pid) throws IOException, InterruptedException {
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        Matcher committed = Pattern.compile("(?:committed|total) (\\d+)K").matcher(info);
        if (!used.find() || !committed.find()) throw new IllegalStateException("unexpected heap info: " + info);
        return new long[] {Long.parseLong(used.group(1)) * 1024, Long.parseLong(committed.group(1)) * 1024};
    }

    private static long maxHeapSize(long pid) throws IOException, InterruptedException {
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jcmd(pid, "VM.flags"));
        if (!max.find()) throw new IllegalStateException("no MaxHeapSize");
        return Long.parseLong(max.group(1));
    }

    private static long residentBytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = PlatformProcess.java().resolveSibling("jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output.lines().skip(1).reduce("", (a, b) -> a + " " + b);
    }

    private static String mib(long bytes) {
        return "%,d MB".formatted(bytes / MIB);
    }
}
