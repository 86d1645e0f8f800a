package org.redgrid.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.redgrid.identity.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives committed audit entries their place in the hash chain, one batch per transaction, in the order
 * of their ids. Writers never wait for it: they insert their entry with their change and wake it after
 * commit. It runs on its own thread (woken after each audited commit, and at least every
 * {@code redgrid.audit.chain-interval}), and in the caller's thread before a verification. A
 * transaction-scoped advisory lock keeps it to one chainer at a time, also across nodes.
 */
@Component
class AuditChainer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
    private static final long CHAIN_LOCK = 0x7265646772696401L;
    private static final byte[] GENESIS = new byte[32];
    private static final int BATCH = 2_000;
    /** After a round, let entries gather a little so that one transaction chains many of them. */
    private static final long LINGER_MILLIS = 20;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Duration interval;
    private final BlockingQueue<Boolean> wakeups = new ArrayBlockingQueue<>(1);
    private final ReentrantLock chaining = new ReentrantLock();
    private volatile Thread worker;

    AuditChainer(
            JdbcClient jdbc,
            JdbcTemplate batches,
            TransactionTemplate transactions,
            @Value("${redgrid.audit.chain-interval:PT1S}") Duration interval) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.interval = interval;
    }

    /** Asks the worker for a round soon; never blocks, and many calls before a round make one round. */
    void wake() {
        wakeups.offer(Boolean.TRUE);
    }

    /** Chains every entry committed so far; returns how many it chained. */
    long chainPending() {
        chaining.lock();
        try {
            long total = 0;
            int chained;
            do {
                chained = transactions.execute(tx -> chainBatch());
                total += chained;
            } while (chained == BATCH);
            return total;
        } finally {
            chaining.unlock();
        }
    }

    private int chainBatch() {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CHAIN_LOCK)
                .query()
                .singleRow();
        var last = jdbc.sql("select seq, hash from audit_log where seq is not null order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .optional();
        long seq = last.map(row -> (Long) row[0]).orElse(0L);
        byte[] previous = last.map(row -> (byte[]) row[1]).orElse(GENESIS);
        List<AuditEntry> pending = jdbc.sql(
                        "select id, at, actor, action, target_type, target_id, scope_code, detail from audit_log"
                                + " where seq is null order by id limit :batch")
                .param("batch", BATCH)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("id"),
                        null,
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("scope_code"),
                        rs.getString("detail")))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Object[]> links = new ArrayList<>(pending.size());
        for (AuditEntry entry : pending) {
            seq++;
            AuditEntry placed = new AuditEntry(
                    entry.id(),
                    seq,
                    entry.at(),
                    entry.actor(),
                    entry.action(),
                    entry.targetType(),
                    entry.targetId(),
                    entry.scopeCode(),
                    entry.detail());
            byte[] hash = AuditTrail.hash(previous, placed);
            links.add(new Object[] {seq, previous, hash, entry.id()});
            previous = hash;
        }
        batches.batchUpdate(
                "update audit_log set seq = ?, prev_hash = ?, hash = ? where id = ? and seq is null", links);
        return pending.size();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "audit-chainer");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                chainPending();
                wakeups.poll(interval.toMillis(), TimeUnit.MILLISECONDS);
                Thread.sleep(LINGER_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (worker != Thread.currentThread()) {
                    return;
                }
                log.warn("Chaining audit entries failed; retrying in {}", interval, e);
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
