package org.redgrid.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.redgrid.support.Api;

/**
 * What the list and dashboard benchmarks share: the platform started on the data dir the region
 * generator left, timed series of one request after another over loopback HTTP, and query plans.
 */
final class RegionReads {

    private RegionReads() {}

    /** The kept region data dir; the benchmark is skipped with a hint when the generator has not run. */
    static Path home() {
        var home = BenchFiles.kept(RegionGenerator.DIRECTORY);
        Assumptions.assumeTrue(
                home.isPresent(),
                "no generated region: run ./mvnw -Pbench verify -Dtest=RegionGenerator -Dredgrid.bench.scale=... first");
        return home.get();
    }

    static PlatformProcess start(Path home, String logName) throws IOException {
        return PlatformProcess.start(home.resolve("data"), home.resolve(logName));
    }

    /**
     * Waits, at most a minute, for the platform's first deadline sweep (30 s after start). On a region
     * left for hours it marks every yellow and red line passed meanwhile in one burst, which a running
     * platform spreads over those hours; the series are timed after it. Later sweeps fall where they fall.
     */
    static void awaitFirstSweep(PlatformProcess platform) throws IOException, InterruptedException {
        Pattern swept = Pattern.compile("Deadline sweep: (.*)");
        long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < until) {
            var line = platform.logged(swept);
            if (line.isPresent()) {
                Report.line("first deadline sweep, before the timed series: %s", line.get());
                return;
            }
            Thread.sleep(500);
        }
        Report.line("no deadline sweep marked anything within a minute of start");
    }

    /**
     * Sends {@code warmUp} and then {@code measured} requests one after another, each timed from send
     * until the whole body is read; every answer must be 200.
     */
    static Latencies series(Api api, String path, int warmUp, int measured) {
        long[] nanos = new long[measured];
        long started = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            if (i == warmUp) started = System.nanoTime();
            long before = System.nanoTime();
            Api.Response response = api.get(path);
            long took = System.nanoTime() - before;
            if (response.status() != 200) {
                throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
            }
            if (i >= warmUp) nanos[i - warmUp] = took;
        }
        return Latencies.of(nanos, Duration.ofNanos(System.nanoTime() - started));
    }

    /** {@code explain (analyze, buffers)} of a statement, one line per plan line. */
    static List<String> plan(Connection db, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("explain (analyze, buffers, costs off) " + sql)) {
            while (rows.next()) lines.add(rows.getString(1));
        }
        return lines;
    }

    static void printPlan(String title, Connection db, String sql) throws SQLException {
        Report.line("plan of %s:", title);
        for (String line : plan(db, sql)) Report.line("    %s", line);
    }
}
