package org.redgrid.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.PlatformSettings;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A backup taken while cases are being written, restored into a fresh data directory and opened by a
 * second PostgreSQL server: every case acknowledged before the backup began is there, and the copy is
 * consistent.
 */
@IntegrationTest
class BackupUnderLoadTests {

    @LocalServerPort
    int port;

    @Autowired
    PlatformSettings settings;

    final Path work = Path.of("target", "backup-test-" + System.nanoTime()).toAbsolutePath();

    @AfterEach
    void removeCopies() throws Exception {
        if (!Files.exists(work)) return;
        try (var paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }

    @Test
    void aBackupTakenUnderWriteLoadRestoresEveryCaseAcknowledgedBeforeItBegan() throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        // Staff of the grids file the cases: what a resident may report per minute is limited.
        var writersAndGrids = Map.of(
                "taoyuan.grid1", "150105004015001",
                "taoyuan.grid2", "150105004015002",
                "taoyuan.community", "150105004015001");
        for (var writerAndGrid : writersAndGrids.entrySet()) {
            Api api = Api.as(port, writerAndGrid.getKey());
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    var answer = api.post(
                            "/api/v1/cases",
                            json(
                                    "type", "PROBLEM",
                                    "category", "EVENT.ENVIRONMENT",
                                    "gridCode", writerAndGrid.getValue(),
                                    "title", "备份压力测试",
                                    "description", "备份期间持续写入"));
                    if (answer.status() / 100 == 2)
                        acknowledged.add(answer.json().path("id").asLong());
                }
            });
            writer.start();
            writers.add(writer);
        }
        waitUntil(() -> acknowledged.size() >= 30);
        Set<Long> beforeBackup = Set.copyOf(acknowledged);

        Path backup = work.resolve("backup");
        Path key = work.resolve("key");
        var summary = DatabaseBackup.create(settings.dataDir(), backup, key);

        int atBackupEnd = acknowledged.size();
        waitUntil(() -> acknowledged.size() >= atBackupEnd + 10);
        writing.set(false);
        for (Thread writer : writers) writer.join();

        assertThat(summary.files()).isPositive();
        assertThat(key.resolve("pii.key"))
                .hasSameBinaryContentAs(settings.dataDir().resolve("pii.key"));
        try (var files = Files.walk(backup)) {
            assertThat(files.map(path -> path.getFileName().toString())).doesNotContain("pii.key");
        }

        Path restored = work.resolve("restored");
        DatabaseBackup.restore(backup, key, restored);
        try (EmbeddedPostgres server = EmbeddedPostgres.start(restored, 0, false);
                Connection db = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
            var found = db.prepareStatement("select count(*) from work_case where id = any(?)");
            found.setArray(1, db.createArrayOf("bigint", beforeBackup.toArray()));
            var count = found.executeQuery();
            count.next();
            assertThat(count.getLong(1)).isEqualTo(beforeBackup.size());

            assertThat(orphanedRows(db)).isEmpty();
            assertThat(violatedChecks(db)).isEmpty();
            assertThat(damagedTablesAndIndexes(db)).isEmpty();

            var person = db.createStatement().executeQuery("select id_number_enc from person order by id limit 1");
            assertThat(person.next()).isTrue();
            byte[] master = Base64.getDecoder()
                    .decode(Files.readString(restored.resolve("pii.key"), StandardCharsets.US_ASCII)
                            .trim());
            assertThat(new PiiCipher(master).decrypt(person.getBytes(1))).matches("\\d{17}[\\dX]");
        }
    }

    /** Every check constraint evaluated again over every row. */
    static List<String> violatedChecks(Connection db) throws Exception {
        var checks = db.createStatement().executeQuery("""
                select conname, conrelid::regclass, pg_get_expr(conbin, conrelid)
                  from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace""");
        List<String> queries = new ArrayList<>();
        while (checks.next()) {
            queries.add(checks.getString(1) + "|select count(*) from " + checks.getString(2) + " where not ("
                    + checks.getString(3) + ")");
        }
        assertThat(queries).isNotEmpty();
        return countsAboveZero(db, queries);
    }

    /**
     * PostgreSQL's own checker (amcheck) over the restored copy: every table's pages and tuples are
     * sound, and every B-tree index is ordered and holds every row of its table.
     */
    static List<String> damagedTablesAndIndexes(Connection db) throws Exception {
        var sql = db.createStatement();
        sql.execute("create extension if not exists amcheck");
        var tables = sql.executeQuery("""
                select c.oid::regclass from pg_class c
                 where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'm')""");
        List<String> queries = new ArrayList<>();
        while (tables.next()) {
            queries.add(tables.getString(1) + "|select count(*) from verify_heapam('" + tables.getString(1)
                    + "', check_toast => true)");
        }
        var indexes = sql.executeQuery("""
                select i.indexrelid::regclass from pg_index i join pg_class c on c.oid = i.indexrelid
                  join pg_am a on a.oid = c.relam
                 where c.relnamespace = 'public'::regnamespace and a.amname = 'btree' and i.indisvalid""");
        List<String> indexNames = new ArrayList<>();
        while (indexes.next()) indexNames.add(indexes.getString(1));
        assertThat(indexNames).hasSizeGreaterThan(10);
        for (String index : indexNames) {
            // Raises an error on the first inconsistency, which fails the test with PostgreSQL's message.
            sql.executeQuery("select bt_index_check('" + index + "', true)").close();
        }
        return countsAboveZero(db, queries);
    }

    /** Runs {@code name|count query} pairs and names those that count more than zero. */
    static List<String> countsAboveZero(Connection db, List<String> namedQueries) throws Exception {
        List<String> found = new ArrayList<>();
        for (String named : namedQueries) {
            String[] parts = named.split("\\|", 2);
            var rows = db.createStatement().executeQuery(parts[1]);
            rows.next();
            if (rows.getLong(1) > 0) found.add(parts[0] + ": " + rows.getLong(1));
        }
        return found;
    }

    /** Waits for the writers; a minute without progress means they stopped being acknowledged. */
    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("cases acknowledged in time").isBefore(giveUp);
            Thread.sleep(50);
        }
    }

    /** Every foreign key of the schema, checked row by row: a torn copy would leave children without parents. */
    static List<String> orphanedRows(Connection db) throws Exception {
        var keys = db.createStatement().executeQuery("""
                select c.conname, c.conrelid::regclass, c.confrelid::regclass,
                       (select string_agg(format('c.%I', a.attname), ',' order by k.n)
                          from unnest(c.conkey) with ordinality k(attnum, n)
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum),
                       (select string_agg(format('p.%I', a.attname), ',' order by k.n)
                          from unnest(c.confkey) with ordinality k(attnum, n)
                          join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum)
                  from pg_constraint c
                 where c.contype = 'f' and c.connamespace = 'public'::regnamespace""");
        List<String> checks = new ArrayList<>();
        while (keys.next()) {
            checks.add(keys.getString(1) + "|select count(*) from " + keys.getString(2) + " c where ("
                    + keys.getString(4) + ") is not null and not exists (select 1 from " + keys.getString(3)
                    + " p where (" + keys.getString(5) + ") = (" + keys.getString(4) + "))");
        }
        assertThat(checks).isNotEmpty();
        return countsAboveZero(db, checks);
    }
}
