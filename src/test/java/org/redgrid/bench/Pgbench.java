package org.redgrid.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own load generator, run as a child process against the platform's embedded database with
 * a custom script and no vacuum: what the database alone manages on this machine is the yardstick for
 * what the platform makes of it. The password goes through {@code PGPASSWORD} in the child's
 * environment, never on its command line.
 */
final class Pgbench {

    /** One timed pgbench run and the figures it printed. */
    record Run(int clients, int threads, long transactions, double tps, double latencyAverageMillis, long failed) {}

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final Path executable;
    private final int port;
    private final String password;

    private Pgbench(Path executable, int port, String password) {
        this.executable = executable;
        this.port = port;
        this.password = password;
    }

    /**
     * pgbench from {@code -Dredgrid.bench.pgbench}, else the first one on the {@code PATH}; empty when
     * there is none (it comes with the PostgreSQL client package).
     */
    static Optional<Pgbench> find(int port, String password) {
        String configured = System.getProperty("redgrid.bench.pgbench");
        if (configured != null) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? Optional.of(new Pgbench(path, port, password)) : Optional.empty();
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (directory.isEmpty()) continue;
            Path candidate = Path.of(directory, "pgbench");
            if (Files.isExecutable(candidate)) return Optional.of(new Pgbench(candidate, port, password));
        }
        return Optional.empty();
    }

    Path executable() {
        return executable;
    }

    /** The first line pgbench prints about itself, such as {@code pgbench (PostgreSQL) 15.18}. */
    String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(executable.toString(), "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(10, TimeUnit.SECONDS);
        return output.lines().findFirst().orElse("unknown version");
    }

    /**
     * Runs {@code script} for {@code duration} with {@code clients} connections on {@code threads} threads,
     * its output kept in {@code log}; fails unless pgbench exits cleanly and prints its throughput.
     */
    Run run(Path script, int clients, int threads, Duration duration, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--host=127.0.0.1",
                "--port=" + port,
                "--username=redgrid",
                "--no-vacuum",
                "--file=" + script.toAbsolutePath(),
                "--client=" + clients,
                "--jobs=" + threads,
                "--time=" + duration.toSeconds(),
                "redgrid"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        // Its own -T ends it; the margin covers connecting and a slow end, not a hang.
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench did not finish; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("pgbench exited with " + process.exitValue() + ": " + output);
        }
        return new Run(
                clients,
                threads,
                Long.parseLong(first(TRANSACTIONS, output, log)),
                Double.parseDouble(first(TPS, output, log)),
                Double.parseDouble(first(LATENCY, output, log)),
                optional(FAILED, output).map(Long::parseLong).orElse(0L));
    }

    private static String first(Pattern pattern, String output, Path log) {
        return optional(pattern, output)
                .orElseThrow(() -> new IllegalStateException("pgbench printed no " + pattern + "; see " + log));
    }

    private static Optional<String> optional(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
