package org.redgrid.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redgrid.support.Api.json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.PlatformSettings;
import org.redgrid.shared.ReadOnlyJdbc;
import org.redgrid.shared.database.EmbeddedPostgres;
import org.redgrid.shared.database.EmbeddedStandby;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real streaming replica of the tests' embedded PostgreSQL, made from a base backup of it and started
 * on a port of its own. The indicators built on the replica's read-only pool read what the replica has
 * replayed, not what the primary has: with the replay paused, a case just taken in counts on the
 * primary and not on the replica, and counts on both once the replay goes on. Then the replica is
 * promoted, as in the failover drill (docs/replica.md).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadReplicaTests {

    static final String COUNTY = "150105";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres primary;

    @Autowired
    PlatformSettings settings;

    @Autowired
    ReadOnlyJdbc contextReads;

    @Autowired
    CaseIndicators primaryIndicators;

    @Autowired
    JdbcClient jdbc;

    Path replicaHome;
    EmbeddedPostgres replica;
    ReadOnlyJdbc replicaReads;
    CaseIndicators replicaIndicators;

    @BeforeAll
    void startReplica() throws Exception {
        replicaHome =
                Files.createTempDirectory(settings.dataDir().toAbsolutePath().getParent(), "replica-");
        Files.delete(replicaHome);
        replica = EmbeddedStandby.follow(settings.dataDir(), primary.port(), replicaHome);
        replicaReads = ReadOnlyJdbc.onReplica(replica.jdbcUrl(), replica.username(), replica.password(), 2);
        replicaIndicators = new CaseIndicators(jdbc, replicaReads);
    }

    @AfterAll
    void stopReplica() throws Exception {
        if (replicaReads != null) replicaReads.close();
        if (replica != null) replica.close();
        for (Path dir : new Path[] {replicaHome, replicaHome.resolveSibling(replicaHome.getFileName() + "-key")}) {
            if (!Files.exists(dir)) continue;
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
            }
        }
    }

    @Test
    @Order(1)
    void withoutAReplicaConfiguredDashboardsReadFromThePrimary() {
        assertThat(contextReads.onReplica()).isFalse();
        assertThat(inRecovery(contextReads)).isFalse();
    }

    @Test
    @Order(2)
    void theReplicasPoolReadsFromAServerInRecoveryAndNamesItself() {
        assertThat(replicaReads.onReplica()).isTrue();
        assertThat(inRecovery(replicaReads)).isTrue();
        assertThat(replicaReads
                        .client()
                        .sql("select current_setting('application_name')")
                        .query(String.class)
                        .single())
                .isEqualTo(ReadOnlyJdbc.APPLICATION_NAME);
    }

    @Test
    @Order(3)
    void indicatorsOnTheReplicaCountWhatTheReplicaHasReplayed() throws Exception {
        caughtUp();
        long before = cases(replicaIndicators);
        assertThat(cases(primaryIndicators)).isEqualTo(before);

        admin("select pg_wal_replay_pause()");
        try {
            newCase();
            assertThat(cases(primaryIndicators)).isEqualTo(before + 1);
            assertThat(cases(replicaIndicators)).isEqualTo(before);
        } finally {
            admin("select pg_wal_replay_resume()");
        }
        caughtUp();
        assertThat(cases(replicaIndicators)).isEqualTo(before + 1);
    }

    @Test
    @Order(4)
    void theReplicasPoolTakesNoWrite() {
        assertThatThrownBy(() -> replicaReads
                        .client()
                        .sql("create table replica_write_probe (id int)")
                        .update())
                .hasMessageContaining("read-only transaction");
    }

    @Test
    @Order(5)
    void aPromotedReplicaHoldsEveryReplayedCaseAndTakesWrites() throws Exception {
        long id = newCase();
        caughtUp();
        admin("select pg_promote(true, 60)");
        try (Connection connection = adminConnection();
                var sql = connection.createStatement()) {
            var recovery = sql.executeQuery("select pg_is_in_recovery()");
            recovery.next();
            assertThat(recovery.getBoolean(1)).isFalse();
            var found = sql.executeQuery("select count(*) from work_case where id = " + id);
            found.next();
            assertThat(found.getLong(1)).isEqualTo(1);
            sql.execute("create table failover_probe (id int)");
            sql.execute("insert into failover_probe values (1)");
        }
        // The platform's read-only sessions stay read-only on the promoted server.
        assertThatThrownBy(() -> replicaReads
                        .client()
                        .sql("insert into failover_probe values (2)")
                        .update())
                .hasMessageContaining("read-only transaction");
    }

    long newCase() {
        var response = Api.as(port, "taoyuan.grid1")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "EVENT.PARKING",
                                "gridCode",
                                "150105004015001",
                                "title",
                                "只读副本核对",
                                "description",
                                "看板读副本"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    static long cases(CaseIndicators indicators) {
        return CurrentActor.runAsSystem(() -> indicators.report(COUNTY, TODAY, TODAY))
                .total()
                .cases();
    }

    static boolean inRecovery(ReadOnlyJdbc reads) {
        return reads.client()
                .sql("select pg_is_in_recovery()")
                .query(Boolean.class)
                .single();
    }

    /** Waits until the replica has replayed everything the primary has written so far. */
    void caughtUp() throws Exception {
        String target = jdbc.sql("select pg_current_wal_lsn()::text")
                .query(String.class)
                .single();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Connection connection = adminConnection();
                    var sql = connection.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
                sql.setString(1, target);
                var done = sql.executeQuery();
                done.next();
                if (done.getBoolean(1)) return;
            }
            if (System.nanoTime() > deadline) throw new AssertionError("the replica did not reach " + target);
            Thread.sleep(20);
        }
    }

    void admin(String statement) throws SQLException {
        try (Connection connection = adminConnection();
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(replica.jdbcUrl(), replica.username(), replica.password());
    }
}
