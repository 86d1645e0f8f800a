package org.redgrid.shared.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.redgrid.shared.OncePerTick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * One node at a time runs the start-up runners: the division loader and the demo data of every module
 * are written to be idempotent across restarts, not to run twice at the same moment. The first runner
 * takes a session-level advisory lock on a connection of its own and the last one releases it, so a
 * node that starts while another is seeding waits, then finds the data there and skips. Migrations need
 * nothing of this: Flyway holds its own lock.
 */
@Configuration(proxyBeanMethods = false)
class StartupSeeding {

    private static final Logger log = LoggerFactory.getLogger(StartupSeeding.class);
    private static final String LOCK = "select pg_advisory_lock(%d, hashtext('startup.seeding'))";
    private static final String UNLOCK = "select pg_advisory_unlock(%d, hashtext('startup.seeding'))";

    /** A runner with a fixed place among the others. */
    record Step(int order, ApplicationRunner action) implements ApplicationRunner, Ordered {

        @Override
        public void run(ApplicationArguments args) throws Exception {
            action.run(args);
        }

        @Override
        public int getOrder() {
            return order;
        }
    }

    /** The held lock: taken before the first runner, released after the last or when the node stops. */
    static final class Seeding implements AutoCloseable {

        private final DataSource dataSource;
        private final int space;
        private Connection held;

        Seeding(DataSource dataSource, int space) {
            this.dataSource = dataSource;
            this.space = space;
        }

        synchronized void begin() throws SQLException {
            if (held != null) return;
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock = connection.prepareStatement(LOCK.formatted(space))) {
                long waiting = System.nanoTime();
                lock.execute();
                long waitedMillis = (System.nanoTime() - waiting) / 1_000_000;
                if (waitedMillis > 1000) log.info("Waited {} ms for another node's start-up runners", waitedMillis);
            } catch (SQLException failed) {
                connection.close();
                throw failed;
            }
            held = connection;
        }

        @Override
        public synchronized void close() throws SQLException {
            if (held == null) return;
            try (Connection connection = held;
                    PreparedStatement unlock = connection.prepareStatement(UNLOCK.formatted(space))) {
                unlock.execute();
            } finally {
                held = null;
            }
        }
    }

    @Bean(destroyMethod = "close")
    Seeding seedingLock(DataSource dataSource) {
        return new Seeding(dataSource, OncePerTick.LOCK_SPACE);
    }

    @Bean
    Step beginStartupSeeding(Seeding seeding) {
        return new Step(Ordered.HIGHEST_PRECEDENCE, args -> seeding.begin());
    }

    @Bean
    Step endStartupSeeding(Seeding seeding) {
        return new Step(Ordered.LOWEST_PRECEDENCE, args -> seeding.close());
    }
}
