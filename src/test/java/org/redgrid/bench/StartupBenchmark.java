package org.redgrid.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wall time from {@code java -jar redgrid.jar} until the first request is served, once on a new data
 * directory (cold: PostgreSQL unpacked and initialised, migrations, divisions, demo data) and then
 * several times on the data directory that start left behind (warm). With {@code -Dredgrid.bench.aot=true}
 * (JDK 25) the jar is extracted, the cold start writes an AOT cache and the warm starts use it.
 */
class StartupBenchmark {

    private static final int WARM_STARTS = 3;
    private static final Pattern DIVISIONS_LOADED =
            Pattern.compile("(Loaded \\d+ Inner Mongolia divisions in \\d+ ms)");
    private static final Pattern SPRING_STARTED = Pattern.compile("Started RedGridApplication in ([\\d.]+ seconds)");

    private Path jar;
    private List<String> coldOptions = List.of();
    private List<String> warmOptions = List.of();

    /** {@code java -Djarmode=tools -jar redgrid.jar extract}: the application jar and its libraries, unpacked. */
    private static Path extract(Path destination) throws Exception {
        Process extract = new ProcessBuilder(
                        PlatformProcess.java().toString(),
                        "-Djarmode=tools",
                        "-jar",
                        PlatformProcess.JAR.toAbsolutePath().toString(),
                        "extract",
                        "--destination",
                        destination.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
            throw new IllegalStateException("extracting the jar failed: " + output);
        }
        return destination.resolve(PlatformProcess.JAR.getFileName());
    }

    /** One start: until health answered 200, and the platform's own lines about it. */
    private record Start(Duration untilServed, String springStarted, String divisions) {}

    @Test
    void coldAndWarmStartsUntilTheFirstServedRequest() throws Exception {
        Path home = BenchFiles.freshDirectory("startup");
        Path data = home.resolve("data");
        Report.title("Start of the packaged jar until GET /actuator/health answers 200 (polled every 50 ms)");
        Report.line("platform JVM: %s; load average %s", PlatformProcess.jvmDescription(), Report.loadAverage());
        jar = PlatformProcess.JAR;
        if (Boolean.getBoolean("redgrid.bench.aot")) {
            // JDK 24+: the cold start records which classes are loaded and linked and writes an AOT cache at
            // exit; the warm starts map it. It needs the jar extracted, with its libraries as plain jars.
            jar = extract(home.resolve("app"));
            Path cache = home.resolve("app").resolve("redgrid.aot");
            coldOptions = List.of("-XX:AOTCacheOutput=" + cache);
            warmOptions = List.of("-XX:AOTCache=" + cache);
            Report.line("AOT cache: jar extracted to %s; cold start writes %s, warm starts use it", jar, cache);
        }

        Start cold = start(data, home.resolve("cold.log"), coldOptions);
        Report.line(
                "cold start, new data dir: %s (Spring context %s; %s)",
                Report.millis(cold.untilServed()), cold.springStarted(), cold.divisions());

        long[] warm = new long[WARM_STARTS];
        for (int i = 0; i < WARM_STARTS; i++) {
            Start start = start(data, home.resolve("warm-" + (i + 1) + ".log"), warmOptions);
            warm[i] = start.untilServed().toNanos();
            Report.line(
                    "warm start %d, same data dir: %s (Spring context %s)",
                    i + 1, Report.millis(start.untilServed()), start.springStarted());
        }
        Report.line("warm start median of %d: %s", WARM_STARTS, Report.millis(Latencies.median(warm)));
    }

    private Start start(Path data, Path log, List<String> options) throws Exception {
        PlatformProcess platform = PlatformProcess.start(data, log, jar, options);
        Duration untilServed;
        try (platform) {
            untilServed = platform.awaitHealthy();
        }
        // Read once the process has exited: start-up runners may still be logging when health first answers.
        return new Start(
                untilServed,
                platform.logged(SPRING_STARTED).orElse("not logged"),
                platform.logged(DIVISIONS_LOADED).orElse("divisions already loaded"));
    }
}
