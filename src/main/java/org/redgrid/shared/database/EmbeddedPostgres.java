package org.redgrid.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries packaged on the classpath, with its data directory
 * kept across restarts. The server is a separate process started with {@code pg_ctl}; a server left
 * running by a killed JVM is stopped cleanly before the next start. When the JVM runs as root (which
 * PostgreSQL refuses), the server runs in an unprivileged user namespace.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    static final String SUPERUSER = "redgrid";
    static final String DATABASE = "redgrid";

    private final Path home;
    private final Path binaries;
    private final Path cluster;
    private final String password;
    private final int port;

    private EmbeddedPostgres(Path home, Path binaries, Path cluster, String password, int port) {
        this.home = home;
        this.binaries = binaries;
        this.cluster = cluster;
        this.password = password;
        this.port = port;
    }

    /**
     * Starts the server for {@code dataDir}, creating the cluster on first use. With {@code fresh} (tests
     * only) an existing cluster and its keys are deleted first; the unpacked binaries are kept.
     */
    public static EmbeddedPostgres start(Path dataDir, int requestedPort, boolean fresh) {
        long started = System.nanoTime();
        try {
            Path home = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(home);
            if (fresh) wipeCluster(home);
            Path binaries = installBinaries(home);
            Path cluster = home.resolve("pgdata");
            String password = passwordIn(home);
            if (!Files.exists(cluster.resolve("PG_VERSION"))) {
                initialise(binaries, cluster, home, password);
            } else {
                stopLeftoverServer(binaries, cluster);
            }
            int port = requestedPort > 0 ? requestedPort : freePort();
            run(
                    binaries,
                    "pg_ctl",
                    List.of(
                            "-D",
                            cluster.toString(),
                            "-o",
                            "-p " + port,
                            "-l",
                            home.resolve("postgres.log").toString(),
                            "-w",
                            "-t",
                            "120",
                            "start"));
            EmbeddedPostgres server = new EmbeddedPostgres(home, binaries, cluster, password, port);
            server.createDatabaseIfMissing();
            log.info(
                    "Embedded PostgreSQL ready on 127.0.0.1:{} with data in {} ({} ms)",
                    port,
                    cluster,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path binaries() {
        return binaries;
    }

    @Override
    public void close() {
        try {
            run(binaries, "pg_ctl", List.of("-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            log.info("Embedded PostgreSQL stopped cleanly ({})", home);
        } catch (RuntimeException | IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private void createDatabaseIfMissing() {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, SUPERUSER, password);
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE, e);
        }
    }

    private static void initialise(Path binaries, Path cluster, Path home, String password) throws IOException {
        Path passwordFile = home.resolve("initdb.pw");
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        try {
            run(
                    binaries,
                    "initdb",
                    List.of(
                            "-D",
                            cluster.toString(),
                            "-U",
                            SUPERUSER,
                            "--pwfile=" + passwordFile,
                            "-A",
                            "scram-sha-256",
                            "-E",
                            "UTF-8",
                            "--locale=C.UTF-8"));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.writeString(
                cluster.resolve("postgresql.conf"),
                """

                # Beijiang Red Grid embedded defaults: loopback only, no unix socket, durable commits.
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                max_connections = 100
                shared_buffers = 256MB
                fsync = on
                synchronous_commit = on
                """,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static void wipeCluster(Path home) throws IOException {
        Path cluster = home.resolve("pgdata");
        if (Files.exists(cluster)) {
            stopLeftoverServer(installBinaries(home), cluster);
            try (var paths = Files.walk(cluster)) {
                for (Path path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
            }
        }
        Files.deleteIfExists(home.resolve("pii.key"));
        Files.deleteIfExists(home.resolve("db.password"));
    }

    private static void stopLeftoverServer(Path binaries, Path cluster) throws IOException {
        if (!Files.exists(cluster.resolve("postmaster.pid"))) return;
        Process status = command(binaries, "pg_ctl", List.of("-D", cluster.toString(), "status"))
                .redirectErrorStream(true)
                .start();
        if (waitFor(status) == 0) {
            log.warn("A PostgreSQL server from an earlier run still holds {}; stopping it first", cluster);
            run(binaries, "pg_ctl", List.of("-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        }
    }

    /** Binaries are unpacked once per version into the data directory and reused by every later start. */
    private static Path installBinaries(Path home) throws IOException {
        byte[] archive;
        try (InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(BINARIES)) {
            if (in == null) {
                throw new IllegalStateException("no embedded PostgreSQL binaries for this platform ("
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + "); set spring.datasource.url to use an external PostgreSQL");
            }
            archive = in.readAllBytes();
        }
        Path target = home.resolve("pg-bin").resolve(digest(archive));
        if (Files.exists(target.resolve(".complete"))) return target;
        Path staging = Files.createTempDirectory(home, "pg-bin-");
        try (var tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) throw new IOException("unsafe entry in binaries: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rwxr-xr-x");
                        Files.setPosixFilePermissions(out, permissions);
                    }
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        Files.createDirectories(target.getParent());
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            if (!Files.exists(target.resolve(".complete"))) throw raced;
        }
        return target;
    }

    private static String passwordIn(Path home) throws IOException {
        Path file = home.resolve("db.password");
        if (Files.exists(file))
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            log.warn("cannot restrict permissions of {}", file);
        }
        return password;
    }

    private static void run(Path binaries, String program, List<String> arguments) throws IOException {
        Process process =
                command(binaries, program, arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = waitFor(process);
        if (exit != 0) {
            throw new IllegalStateException(program + " failed with exit code " + exit + ":\n" + output);
        }
    }

    private static ProcessBuilder command(Path binaries, String program, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            // PostgreSQL refuses to run as root; an unprivileged user namespace satisfies its check.
            command.addAll(List.of("unshare", "--user", "--"));
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LC_ALL", "C.UTF-8");
        return builder;
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(
                    "interrupted while waiting for " + process.info().command(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String digest(byte[] archive) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
