package org.redgrid.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wall time from {@code java -jar redgrid.jar} until the first request is served, once on a new data
 * directory (cold: PostgreSQL unpacked and initialised, migrations, divisions, demo data) and then
 * several times on the data directory that start left behind (warm).
 */
class StartupBenchmark {

    private static final int WARM_STARTS = 3;
    private static final Pattern DIVISIONS_LOADED =
            Pattern.compile("(Loaded \\d+ Inner Mongolia divisions in \\d+ ms)");
    private static final Pattern SPRING_STARTED = Pattern.compile("Started RedGridApplication in ([\\d.]+ seconds)");

    /** One start: until health answered 200, and the platform's own lines about it. */
    private record Start(Duration untilServed, String springStarted, String divisions) {}

    @Test
    void coldAndWarmStartsUntilTheFirstServedRequest() throws Exception {
        Path home = BenchFiles.freshDirectory("startup");
        Path data = home.resolve("data");
        Report.title("Start of the packaged jar until GET /actuator/health answers 200 (polled every 50 ms)");

        Start cold = start(data, home.resolve("cold.log"));
        Report.line(
                "cold start, new data dir: %s (Spring context %s; %s)",
                Report.millis(cold.untilServed()), cold.springStarted(), cold.divisions());

        long[] warm = new long[WARM_STARTS];
        for (int i = 0; i < WARM_STARTS; i++) {
            Start start = start(data, home.resolve("warm-" + (i + 1) + ".log"));
            warm[i] = start.untilServed().toNanos();
            Report.line(
                    "warm start %d, same data dir: %s (Spring context %s)",
                    i + 1, Report.millis(start.untilServed()), start.springStarted());
        }
        Report.line("warm start median of %d: %s", WARM_STARTS, Report.millis(Latencies.median(warm)));
    }

    private static Start start(Path data, Path log) throws Exception {
        PlatformProcess platform = PlatformProcess.start(data, log);
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
