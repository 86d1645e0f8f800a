package org.redgrid.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.OncePerTick;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nodes starting together on one database run their start-up runners one after the other. */
@IntegrationTest
class StartupSeedingTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    int waitingForTheSeedingLock() {
        return jdbc.sql("""
                        select count(*) from pg_locks
                         where locktype = 'advisory' and not granted and classid = :space
                           and objid = hashtext('startup.seeding')::oid""")
                .param("space", OncePerTick.LOCK_SPACE)
                .query(Integer.class)
                .single();
    }

    @Test
    void aNodeStartingWhileAnotherSeedsWaitsUntilThatNodeHasSeeded() throws Exception {
        StartupSeeding.Seeding first = new StartupSeeding.Seeding(dataSource, OncePerTick.LOCK_SPACE);
        StartupSeeding.Seeding second = new StartupSeeding.Seeding(dataSource, OncePerTick.LOCK_SPACE);
        first.begin();
        CompletableFuture<Void> secondStarts = CompletableFuture.runAsync(() -> {
            try {
                second.begin();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            while (waitingForTheSeedingLock() == 0 && !secondStarts.isDone()) Thread.sleep(20);

            assertThat(secondStarts).isNotDone();
        } finally {
            first.close();
        }
        secondStarts.get(60, TimeUnit.SECONDS);
        second.close();
        assertThat(waitingForTheSeedingLock()).isZero();
    }

    @Test
    void theStartedNodeHoldsNoSeedingLock() throws Exception {
        try (Connection probe = dataSource.getConnection();
                var lock = probe.prepareStatement("select pg_try_advisory_lock(?, hashtext('startup.seeding'))")) {
            lock.setInt(1, OncePerTick.LOCK_SPACE);
            var taken = lock.executeQuery();
            taken.next();
            assertThat(taken.getBoolean(1)).isTrue();
            probe.prepareStatement("select pg_advisory_unlock_all()").execute();
        }
    }
}
