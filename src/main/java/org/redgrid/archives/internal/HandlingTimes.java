package org.redgrid.archives.internal;

import java.time.Duration;
import java.util.List;

/** How long answers took: the average and the 90th percentile (nearest rank) in minutes. */
public record HandlingTimes(List<Duration> times) {

    public HandlingTimes {
        times = times.stream().sorted().toList();
    }

    public Double averageMinutes() {
        if (times.isEmpty()) return null;
        return times.stream().mapToLong(Duration::toSeconds).average().orElseThrow() / 60.0;
    }

    /** The smallest time that at least 90 % of the answers did not exceed. */
    public Double p90Minutes() {
        if (times.isEmpty()) return null;
        int rank = (int) Math.ceil(0.9 * times.size());
        return times.get(rank - 1).toSeconds() / 60.0;
    }
}
