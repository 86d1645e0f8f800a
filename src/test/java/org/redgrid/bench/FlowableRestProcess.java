package org.redgrid.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.redgrid.support.Api;

/**
 * Flowable 7's own process REST API (its Spring Boot REST starter, packaged by {@code bench/flowable-rest}
 * in the {@code bench} profile) started as a child process on loopback, on a database of the platform's
 * embedded PostgreSQL, with a pool as large as the platform's. Closing it sends SIGTERM and waits.
 */
final class FlowableRestProcess implements AutoCloseable {

    static final Path JAR =
            Path.of(System.getProperty("redgrid.bench.flowable-rest", "bench/flowable-rest/target/flowable-rest.jar"));

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    // Longer with -Dredgrid.bench.start-minutes on a machine that other work keeps busy.
    private static final Duration START_LIMIT = Duration.ofMinutes(Long.getLong("redgrid.bench.start-minutes", 5));
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final int port;
    private final Thread killOnExit;

    private FlowableRestProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.killOnExit = new Thread(process::destroy, "stop-flowable-rest-" + port);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** Starts {@code java -jar flowable-rest.jar} on the database {@code jdbcUrl}, with the platform's JVM. */
    static FlowableRestProcess start(String jdbcUrl, String username, String password, int poolSize, Path log)
            throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(
                    JAR + " is missing: run the benchmarks with `./mvnw -Pbench verify`," + " which packages it first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(PlatformProcess.java().toString());
        command.addAll(PlatformProcess.jvmOptions());
        command.addAll(List.of(
                "-Dredgrid.bench.password=" + Api.DEMO_PASSWORD,
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--spring.datasource.hikari.maximum-pool-size=" + poolSize));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new FlowableRestProcess(process, log, port);
    }

    int port() {
        return port;
    }

    /** Waits until the REST API answers the user's request for the deployments with 200. */
    void awaitServing(Api user) throws InterruptedException {
        long started = System.nanoTime();
        while (true) {
            try {
                if (user.get("/process-api/repository/deployments").status() == 200) return;
            } catch (IllegalStateException notYetServing) {
                // refused until the web server is up
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Flowable REST exited with " + process.exitValue() + " before it served; see " + log);
            }
            if (System.nanoTime() - started > START_LIMIT.toNanos()) {
                throw new IllegalStateException("Flowable REST did not answer within " + START_LIMIT + "; see " + log);
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /** The Flowable REST JVM, to read how much CPU it used. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.destroy();
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        }
    }
}
