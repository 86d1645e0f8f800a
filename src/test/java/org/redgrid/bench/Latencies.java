package org.redgrid.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * The figures of one measured series: nearest-rank percentiles of the single timings and the
 * throughput of the whole run (sequential, so throughput is roughly one over the mean).
 */
record Latencies(int count, long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos, Duration elapsed) {

    static Latencies of(long[] nanos, Duration elapsed) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted[sorted.length - 1],
                elapsed);
    }

    /** Nearest rank: the smallest value with at least {@code percent} % of the values at or below it. */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentile(sorted, 50);
    }

    double perSecond() {
        return count / (elapsed.toNanos() / 1e9);
    }

    String summary(String unit) {
        return "p50 %s, p95 %s, p99 %s, max %s; %,.0f %s/s over %d sequential calls"
                .formatted(
                        Report.millis(p50Nanos),
                        Report.millis(p95Nanos),
                        Report.millis(p99Nanos),
                        Report.millis(maxNanos),
                        perSecond(),
                        unit,
                        count);
    }
}
