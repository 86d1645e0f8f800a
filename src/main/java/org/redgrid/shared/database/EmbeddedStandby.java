package org.redgrid.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A streaming replica of an embedded PostgreSQL on the same machine, made the way {@code pg_basebackup}
 * would (the packaged binaries do not include it): a base backup of the running primary through
 * {@link DatabaseBackup}, then {@code standby.signal} and the primary's address in
 * {@code postgresql.auto.conf}, and the server started on a port of its own. The primary needs nothing
 * new: PostgreSQL's defaults stream the log ({@code wal_level = replica}, ten WAL senders), and
 * {@code initdb}'s access rules let its superuser replicate from the loopback address. For the failover
 * drill and the tests (docs/replica.md); a replica on another machine is made with the server's own tools.
 */
public final class EmbeddedStandby {

    private EmbeddedStandby() {}

    /**
     * Copies the primary running on {@code primaryHome} into {@code standbyHome} (which must be new or
     * empty) and starts it as a hot standby that follows the primary on {@code primaryPort}.
     */
    public static EmbeddedPostgres follow(Path primaryHome, int primaryPort, Path standbyHome) {
        Path primary = primaryHome.toAbsolutePath().normalize();
        Path home = standbyHome.toAbsolutePath().normalize();
        Path keyApart = home.resolveSibling(home.getFileName() + "-key");
        DatabaseBackup.create(primary, home, keyApart);
        try {
            Path cluster = home.resolve(DatabaseBackup.CLUSTER);
            // PostgreSQL refuses a data directory that others may read.
            Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
            // Same binaries: reuse the primary's unpacked copy instead of unpacking them again.
            Files.createSymbolicLink(home.resolve("pg-bin"), primary.resolve("pg-bin"));
            Files.writeString(cluster.resolve("standby.signal"), "", StandardCharsets.UTF_8);
            String password = Files.readString(home.resolve(DatabaseBackup.PASSWORD_FILE), StandardCharsets.UTF_8)
                    .trim();
            Files.writeString(
                    cluster.resolve("postgresql.auto.conf"),
                    "\n# Streaming replica of the primary on 127.0.0.1:" + primaryPort + "\n"
                            + "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user="
                            + EmbeddedPostgres.SUPERUSER + " password=" + password
                            + " application_name=redgrid_standby'\n"
                            + "hot_standby = on\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot turn the backup in " + home + " into a standby", e);
        }
        return EmbeddedPostgres.start(home, 0, false);
    }
}
