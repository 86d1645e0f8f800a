package org.redgrid.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/**
 * Where benchmarks keep their data: under {@code target/bench-data} (set by the {@code bench} Maven
 * profile), never the platform's default {@code ./data}, so that a benchmark cannot touch real data.
 */
final class BenchFiles {

    private static final Path ROOT = Path.of(System.getProperty("redgrid.bench.dir", "target/bench-data"));

    private BenchFiles() {}

    /** A directory an earlier run filled and left for later benchmarks, or empty if there is none. */
    static java.util.Optional<Path> kept(String name) {
        Path directory = ROOT.resolve(name).toAbsolutePath().normalize();
        return Files.isDirectory(directory.resolve("data"))
                ? java.util.Optional.of(directory)
                : java.util.Optional.empty();
    }

    /** An empty directory for one benchmark; whatever an earlier run left there is stopped and deleted. */
    static Path freshDirectory(String name) throws IOException {
        Path directory = ROOT.resolve(name).toAbsolutePath().normalize();
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                // An interrupted run may have left a PostgreSQL server behind; its files must not vanish under it.
                for (Path pid : paths.filter(p -> p.endsWith("postmaster.pid")).toList()) {
                    PlatformProcess.stopPostmaster(pid.getParent(), Duration.ofSeconds(30));
                }
            }
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
            }
        }
        return Files.createDirectories(directory);
    }
}
