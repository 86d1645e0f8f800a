package org.redgrid.shared;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where reads that may lag a little go: dashboards, indicators, map values and exports. On the read
 * replica when one is configured ({@code redgrid.replica.url}), otherwise on the primary. Never for a
 * write, and never for reading back what the same request has just written: a replica replays the
 * primary's log a moment later (docs/replica.md says how much later is accepted).
 */
public final class ReadOnlyJdbc implements AutoCloseable {

    /** How the replica's sessions name themselves in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "redgrid-replica-reads";

    private final JdbcClient client;
    private final boolean replica;
    private final AutoCloseable owned;

    private ReadOnlyJdbc(DataSource dataSource, boolean replica, AutoCloseable owned) {
        this.client = JdbcClient.create(dataSource);
        this.replica = replica;
        this.owned = owned;
    }

    /** Reads on the primary itself: no replica configured. */
    public static ReadOnlyJdbc onPrimary(DataSource primary) {
        return new ReadOnlyJdbc(primary, false, null);
    }

    /**
     * Reads on a replica, through a pool of read-only sessions that this object owns and closes. Besides
     * the replica refusing writes by itself, every transaction is read-only by default, so a replica URL
     * that names a primary by mistake still takes no write. The pool connects on first use: a replica
     * that is down fails the reads routed to it, not the platform's start.
     */
    public static ReadOnlyJdbc onReplica(String url, String username, String password, int poolSize) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setPoolName("redgrid-replica");
        pool.setMaximumPoolSize(poolSize);
        pool.setReadOnly(true);
        pool.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        pool.addDataSourceProperty("options", "-c default_transaction_read_only=on");
        pool.setInitializationFailTimeout(-1);
        return new ReadOnlyJdbc(pool, true, pool);
    }

    public JdbcClient client() {
        return client;
    }

    /** Whether the reads go to a replica rather than the primary. */
    public boolean onReplica() {
        return replica;
    }

    @Override
    public void close() throws Exception {
        if (owned != null) owned.close();
    }
}
