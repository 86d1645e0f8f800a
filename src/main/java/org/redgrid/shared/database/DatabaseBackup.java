package org.redgrid.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 备份与恢复: a consistent physical copy of the embedded database taken while the platform runs, and
 * its restore into a fresh data directory. The copy follows PostgreSQL's low-level base backup: a
 * temporary replication slot keeps the write-ahead log from being recycled, {@code pg_backup_start}
 * marks the start, the data files are copied as they are, {@code pg_backup_stop} returns the backup
 * label, and the log written meanwhile is copied last. Starting a server on the copy replays that log
 * up to the end of the backup, which makes it consistent. The PII key goes to its own directory, to be
 * kept apart from the data it protects.
 */
public final class DatabaseBackup {

    static final String CLUSTER = "pgdata";
    static final String PASSWORD_FILE = "db.password";
    static final String PII_KEY_FILE = "pii.key";

    // Not part of a backup (PostgreSQL manual, "Backing Up the Data Directory"): run-time state that the
    // server recreates, and the log, which is copied separately once the backup has stopped.
    private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "current_logfiles");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");
    private static final Pattern START_SEGMENT = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

    /** What a backup contains; written beside it as {@code backup.properties}. */
    public record Summary(Path database, Path key, String startLsn, String stopLsn, long files, Instant finishedAt) {}

    private DatabaseBackup() {}

    /**
     * Backs up the database of {@code dataDir} into {@code to} and its PII key into {@code keyTo}; both
     * must be new or empty, and neither inside the other. The server is used while it runs; a stopped one
     * is started for the backup and stopped again.
     */
    public static Summary create(Path dataDir, Path to, Path keyTo) {
        Path home = dataDir.toAbsolutePath().normalize();
        Path target = to.toAbsolutePath().normalize();
        Path keyTarget = keyTo.toAbsolutePath().normalize();
        if (target.startsWith(keyTarget) || keyTarget.startsWith(target)) {
            throw new IllegalArgumentException("the PII key must go to a directory apart from the database backup");
        }
        requireEmpty(target);
        requireEmpty(keyTarget);
        if (!Files.exists(home.resolve(CLUSTER).resolve("PG_VERSION"))) {
            throw new IllegalArgumentException("no embedded database in " + home);
        }
        EmbeddedPostgres started = runningPort(home) < 0 ? EmbeddedPostgres.start(home, 0, false) : null;
        try {
            Summary summary = copy(home, target, keyTarget, started == null ? runningPort(home) : started.port());
            Files.writeString(
                    target.resolve("backup.properties"),
                    "start-lsn=" + summary.startLsn() + "\nstop-lsn=" + summary.stopLsn() + "\nfiles=" + summary.files()
                            + "\nfinished-at=" + summary.finishedAt() + "\n",
                    StandardCharsets.UTF_8);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("backup into " + target + " failed", e);
        } finally {
            if (started != null) started.close();
        }
    }

    /**
     * Restores a backup made by {@link #create} into {@code dataDir}, which must not hold a database yet;
     * the platform (or {@link EmbeddedPostgres#start}) started on it then replays the copied log.
     */
    public static void restore(Path from, Path keyFrom, Path dataDir) {
        Path source = from.toAbsolutePath().normalize();
        Path home = dataDir.toAbsolutePath().normalize();
        if (!Files.exists(source.resolve(CLUSTER).resolve("backup_label"))) {
            throw new IllegalArgumentException("not a backup made by the backup command: " + source);
        }
        if (Files.exists(home.resolve(CLUSTER))) {
            throw new IllegalArgumentException(
                    home.resolve(CLUSTER) + " exists: restore only into a fresh data directory");
        }
        if (!Files.exists(keyFrom.resolve(PII_KEY_FILE)) && System.getenv("REDGRID_PII_KEY") == null) {
            // Without it the platform would generate a new key at start and the restored data could not be read.
            throw new IllegalArgumentException(keyFrom + " holds no " + PII_KEY_FILE
                    + ": name the directory the backup wrote the key to, or set REDGRID_PII_KEY");
        }
        try {
            Files.createDirectories(home);
            copyTree(source.resolve(CLUSTER), home.resolve(CLUSTER), Set.of(), Set.of());
            // PostgreSQL refuses a data directory that others may read.
            Files.setPosixFilePermissions(home.resolve(CLUSTER), PosixFilePermissions.fromString("rwx------"));
            copySecret(source.resolve(PASSWORD_FILE), home.resolve(PASSWORD_FILE));
            if (Files.exists(keyFrom.resolve(PII_KEY_FILE))) {
                copySecret(keyFrom.resolve(PII_KEY_FILE), home.resolve(PII_KEY_FILE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("restore into " + home + " failed", e);
        }
    }

    private static Summary copy(Path home, Path target, Path keyTarget, int port) throws IOException {
        Path cluster = home.resolve(CLUSTER);
        String password = Files.readString(home.resolve(PASSWORD_FILE), StandardCharsets.UTF_8)
                .trim();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        // One session for the slot and both backup calls: a non-exclusive backup ends with its session.
        try (Connection session = DriverManager.getConnection(url, EmbeddedPostgres.SUPERUSER, password);
                var sql = session.createStatement()) {
            sql.execute(
                    "select pg_create_physical_replication_slot('redgrid_backup_' || pg_backend_pid(), true, true)");
            var start = sql.executeQuery("select pg_backup_start('redgrid backup', true)");
            start.next();
            String startLsn = start.getString(1);
            long files = copyTree(cluster, target.resolve(CLUSTER), SKIPPED_FILES, EMPTIED_DIRECTORIES);
            var stop = sql.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(false)");
            stop.next();
            String stopLsn = stop.getString(1);
            String label = stop.getString(2);
            String tablespaces = stop.getString(3);
            Files.writeString(target.resolve(CLUSTER).resolve("backup_label"), label, StandardCharsets.UTF_8);
            if (tablespaces != null && !tablespaces.isEmpty()) {
                Files.writeString(
                        target.resolve(CLUSTER).resolve("tablespace_map"), tablespaces, StandardCharsets.UTF_8);
            }
            files += copyLog(cluster.resolve("pg_wal"), target.resolve(CLUSTER).resolve("pg_wal"), label);
            copySecret(home.resolve(PASSWORD_FILE), target.resolve(PASSWORD_FILE));
            Path key = home.resolve(PII_KEY_FILE);
            if (Files.exists(key)) copySecret(key, keyTarget.resolve(PII_KEY_FILE));
            return new Summary(target, keyTarget, startLsn, stopLsn, files, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("the database refused the backup: " + e.getMessage(), e);
        }
    }

    /** Copies the log segments from the backup's first on, and the timeline histories. */
    private static long copyLog(Path wal, Path target, String label) throws IOException {
        Matcher first = START_SEGMENT.matcher(label);
        if (!first.find()) throw new IllegalStateException("backup label without start segment:\n" + label);
        String from = first.group(1);
        long copied = 0;
        try (var segments = Files.list(wal)) {
            for (Path segment : segments.sorted().toList()) {
                String name = segment.getFileName().toString();
                boolean needed =
                        SEGMENT.matcher(name).matches() && name.compareTo(from) >= 0 || name.endsWith(".history");
                if (needed) {
                    Files.copy(segment, target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                    copied++;
                }
            }
        }
        return copied;
    }

    /**
     * Copies a directory tree whose files may change or vanish while it is read (the server keeps
     * running): a changed page is rewritten by the log replay, a vanished file was not needed.
     */
    private static long copyTree(Path source, Path target, Set<String> skipped, Set<String> emptied)
            throws IOException {
        long[] copied = {0};
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = source.relativize(dir);
                Files.createDirectories(target.resolve(relative.toString()));
                if (relative.getNameCount() == 1 && emptied.contains(relative.toString())) {
                    if (relative.toString().equals("pg_wal")) {
                        Files.createDirectories(target.resolve("pg_wal").resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                Path relative = source.relativize(file);
                if (relative.getNameCount() == 1 && skipped.contains(name) || name.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, target.resolve(relative.toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    copied[0]++;
                } catch (NoSuchFileException vanished) {
                    // Dropped or rewritten while copying; the log replay knows.
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }
        });
        return copied[0];
    }

    private static void copySecret(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(source, target);
        try {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the operator protects the directory.
        }
    }

    private static void requireEmpty(Path directory) {
        try {
            if (Files.exists(directory)) {
                try (var entries = Files.list(directory)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException(directory + " is not empty");
                    }
                }
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port of the server running on this data directory, or -1 when none answers there. */
    static int runningPort(Path home) {
        Path pid = home.resolve(CLUSTER).resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            int port = Integer.parseInt(lines.get(3).trim());
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000);
            }
            return port;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
