package org.redgrid.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Once per tick across nodes: every node runs its scheduled jobs, and a job that writes first claims
 * its name here. The claim is a transaction-scoped PostgreSQL advisory lock
 * ({@code pg_try_advisory_xact_lock}) in the job's own transaction: one node gets it and does the work,
 * the others skip this tick; it is released when that transaction ends, also when its node is killed
 * (the database ends the session). No table, no lease to expire, no clock shared between nodes.
 */
@Component
public class OncePerTick {

    /** The first key of the platform's two-key advisory locks, apart from every single-key lock. */
    public static final int LOCK_SPACE = 0x5247; // "RG"

    private final JdbcClient jdbc;

    OncePerTick(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether this caller does {@code job}'s work now: true for exactly one of the callers at the same
     * time, on whatever node, until the caller's transaction ends.
     *
     * @throws IllegalStateException outside a transaction, where the lock would end with the statement
     */
    public boolean claim(String job) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("OncePerTick.claim(\"" + job + "\") needs the job's transaction");
        }
        return jdbc.sql("select pg_try_advisory_xact_lock(:space, hashtext(:job))")
                .param("space", LOCK_SPACE)
                .param("job", job)
                .query(Boolean.class)
                .single();
    }
}
