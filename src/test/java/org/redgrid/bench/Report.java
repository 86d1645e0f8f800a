package org.redgrid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Prints benchmark figures with what is needed to judge them: every figure on this small machine
 * depends on how busy its cores were, so each section states the load average when it began.
 */
final class Report {

    private Report() {}

    static void title(String title) {
        System.out.printf("%n== %s ==%n", title);
        line(
                "%d cores, JDK %s, load average %s",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
    }

    static void line(String format, Object... arguments) {
        System.out.printf("   " + format + "%n", arguments);
    }

    static String millis(long nanos) {
        double millis = nanos / 1e6;
        if (millis < 10) return "%.2f ms".formatted(millis);
        return millis < 100 ? "%.1f ms".formatted(millis) : "%,.0f ms".formatted(millis);
    }

    static String millis(Duration duration) {
        return millis(duration.toNanos());
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }
}
