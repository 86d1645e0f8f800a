package org.redgrid.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redgrid.shared.PiiCipher;

/**
 * The packaged platform ({@code target/redgrid.jar}) started as a child process on loopback, as an
 * operator starts it. Closing it sends SIGTERM and waits, so the platform stops its embedded
 * PostgreSQL itself; only if it does not exit in time is it killed and its PostgreSQL stopped here.
 */
final class PlatformProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("redgrid.bench.jar", "target/redgrid.jar"));

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    // Longer with -Dredgrid.bench.start-minutes on a machine that other work keeps busy.
    private static final Duration START_LIMIT = Duration.ofMinutes(Long.getLong("redgrid.bench.start-minutes", 5));
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);
    private static final Pattern DATABASE_READY =
            Pattern.compile("Embedded PostgreSQL ready on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final long startedNanos;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final Thread killOnExit;

    private PlatformProcess(Process process, long startedNanos, Path dataDir, Path log, int port) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        // If the benchmark JVM itself is stopped, the child must not outlive it and hold the data dir.
        this.killOnExit = new Thread(process::destroy, "stop-platform-" + port);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * A few demo users drive thousands of logins and reports per minute from one address: the rate
     * limits, which exist to stop exactly that, are lifted so that the benchmarks measure the work.
     */
    private static final List<String> UNTHROTTLED = List.of("login", "open311", "report").stream()
            .flatMap(door -> List.of(
                    "--redgrid.rate-limit." + door + ".per-address=100000000",
                    "--redgrid.rate-limit." + door + ".per-account=100000000")
                    .stream())
            .toList();

    /** Starts {@code java -jar redgrid.jar} on a free loopback port with its output written to {@code log}. */
    static PlatformProcess start(Path dataDir, Path log) throws IOException {
        return start(dataDir, log, JAR, List.of(), List.of());
    }

    /** The same, with further {@code --name=value} arguments for the platform. */
    static PlatformProcess start(Path dataDir, Path log, List<String> arguments) throws IOException {
        return start(dataDir, log, JAR, List.of(), arguments);
    }

    /** Starts {@code jar} (the packaged one, or one extracted from it) with {@code extraOptions} for the JVM. */
    static PlatformProcess start(Path dataDir, Path log, Path jar, List<String> extraOptions) throws IOException {
        return start(dataDir, log, jar, extraOptions, List.of());
    }

    /** {@code jar} with {@code extraOptions} for the JVM and further {@code arguments} for the platform. */
    static PlatformProcess start(Path dataDir, Path log, Path jar, List<String> extraOptions, List<String> arguments)
            throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmarks with `./mvnw -Pbench verify`,"
                    + " which packages the jar first");
        }
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmOptions());
        command.addAll(extraOptions);
        command.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--redgrid.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(UNTHROTTLED);
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long startedNanos = System.nanoTime();
        return new PlatformProcess(builder.start(), startedNanos, dataDir.toAbsolutePath(), log, port);
    }

    /**
     * The {@code java} the platform runs on: the one of {@code -Dredgrid.bench.java} (a JDK's home), else
     * the benchmark's own.
     */
    static Path java() {
        return Path.of(System.getProperty("redgrid.bench.java", System.getProperty("java.home")), "bin", "java");
    }

    /** The platform JVM's options from {@code -Dredgrid.bench.jvm-options}, split at spaces; none by default. */
    static List<String> jvmOptions() {
        String options = System.getProperty("redgrid.bench.jvm-options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** What the platform JVM is: {@code java -version}'s first line and the options it was given. */
    static String jvmDescription() throws IOException, InterruptedException {
        Process version = new ProcessBuilder(java().toString(), "-version")
                .redirectErrorStream(true)
                .start();
        String first = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElse("?");
        version.waitFor(30, TimeUnit.SECONDS);
        return first + (jvmOptions().isEmpty() ? ", default options" : ", options " + String.join(" ", jvmOptions()));
    }

    int port() {
        return port;
    }

    /**
     * Polls {@code GET /actuator/health} every 50 ms until it answers 200, and returns the wall time from
     * the moment the process was started.
     */
    Duration awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (true) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYetServing) {
                // refused or cut off until the web server is up
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the platform exited with " + process.exitValue() + " before it served; see " + log);
            }
            if (System.nanoTime() - startedNanos > START_LIMIT.toNanos()) {
                throw new IllegalStateException("the platform did not answer within " + START_LIMIT + "; see " + log);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** The first group of the first log line matching {@code pattern}, if the platform has logged one. */
    Optional<String> logged(Pattern pattern) throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.map(pattern::matcher)
                    .filter(Matcher::find)
                    .map(matcher -> matcher.group(1))
                    .findFirst();
        }
    }

    /** A connection to the platform's embedded database, with the credentials it keeps in its data dir. */
    Connection openDatabase() throws IOException, SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + databasePort() + "/redgrid", "redgrid", databasePassword());
    }

    /** The loopback port of the embedded PostgreSQL, as the platform logged it when the server was ready. */
    int databasePort() throws IOException {
        return Integer.parseInt(
                logged(DATABASE_READY).orElseThrow(() -> new IllegalStateException("no database port in " + log)));
    }

    /** The password of the database user {@code redgrid}, generated by the embedded default into the data dir. */
    String databasePassword() throws IOException {
        return Files.readString(dataDir.resolve("db.password"), StandardCharsets.UTF_8)
                .trim();
    }

    /** The platform's JVM, to read how much CPU it used. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    /** The embedded PostgreSQL's postmaster, whose children are the database's server processes. */
    Optional<ProcessHandle> postmaster() throws IOException {
        return postmaster(dataDir.resolve("pgdata"));
    }

    /** The same cipher the platform uses, from the key the embedded default generated in its data dir. */
    PiiCipher piiCipher() throws IOException {
        String key = Files.readString(dataDir.resolve("pii.key"), StandardCharsets.US_ASCII)
                .trim();
        return new PiiCipher(Base64.getDecoder().decode(key));
    }

    @Override
    public void close() throws InterruptedException, IOException {
        try {
            process.destroy();
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                stopPostmaster(dataDir.resolve("pgdata"), STOP_LIMIT);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        }
    }

    /**
     * Stops a PostgreSQL server that outlived the process that started it, through the pid in its
     * {@code postmaster.pid}; SIGTERM lets it shut down without crash recovery on the next start.
     */
    static void stopPostmaster(Path pgdata, Duration limit) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(pgdata);
        if (postmaster.isEmpty()) return;
        long pid = postmaster.get().pid();
        postmaster.get().destroy();
        try {
            postmaster.get().onExit().get(limit.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException notStopped) {
            throw new IllegalStateException("PostgreSQL " + pid + " on " + pgdata + " did not stop", notStopped);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL " + pid, e);
        }
    }

    /** The running server of {@code pgdata}, through the pid in its {@code postmaster.pid}, if it runs. */
    private static Optional<ProcessHandle> postmaster(Path pgdata) throws IOException {
        Path pidFile = pgdata.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return Optional.empty();
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        // A stale pid file may name a pid that now belongs to another program.
        return ProcessHandle.of(pid)
                .filter(handle ->
                        handle.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
