package org.redgrid.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.redgrid.identity.AuditChainReport;
import org.redgrid.identity.AuditEntry;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.AuditRecords;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit log. An entry is inserted in the caller's transaction, so it commits with the
 * change it records or not at all, and takes no lock: concurrent writers never wait for each other.
 * After commit the {@link AuditChainer} gives it its chain position; each chained entry's hash covers
 * its content and the previous entry's hash, so any edited, removed or inserted row breaks the chain
 * from that point on.
 */
@Component
public class AuditTrail {

    private static final byte[] GENESIS = new byte[32];
    private static final String COLUMNS = "id, seq, at, actor, action, target_type, target_id, scope_code, detail";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditChainer chainer;
    private final TransactionTemplate readOnly;
    private final TransactionSynchronization wakeChainer;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditChainer chainer, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.chainer = chainer;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.wakeChainer = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                chainer.wake();
            }
        };
    }

    @EventListener
    @Transactional
    public void on(AuditRecord record) {
        append(
                CurrentActor.orSystem().username(),
                record.action(),
                record.targetType(),
                record.targetId(),
                record.scopeCode(),
                record.detail());
    }

    /** The records of one change, one statement for all of them, in their order. */
    @EventListener
    @Transactional
    public void on(AuditRecords batch) {
        List<AuditRecord> records = batch.records();
        if (records.isEmpty()) return;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into audit_log (at, actor, action, target_type, target_id, scope_code, detail)
                        select :at, :actor, r.action, r.target_type, r.target_id, r.scope_code, r.detail
                          from unnest(cast(:actions as text[]), cast(:types as text[]), cast(:ids as text[]),
                                      cast(:scopes as text[]), cast(:details as text[]))
                               with ordinality as r(action, target_type, target_id, scope_code, detail, position)
                         order by r.position""")
                .param("at", Timestamp.from(at))
                .param("actor", CurrentActor.orSystem().username())
                .param("actions", records.stream().map(AuditRecord::action).toArray(String[]::new))
                .param("types", records.stream().map(AuditRecord::targetType).toArray(String[]::new))
                .param("ids", records.stream().map(AuditRecord::targetId).toArray(String[]::new))
                .param("scopes", records.stream().map(AuditRecord::scopeCode).toArray(String[]::new))
                .param("details", records.stream().map(AuditRecord::detail).toArray(String[]::new))
                .update();
        wakeChainerAfterCommit();
    }

    @Transactional
    public void append(
            String actor, String action, String targetType, String targetId, String scopeCode, String detail) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        insert into audit_log (at, actor, action, target_type, target_id, scope_code, detail)
                        values (:at, :actor, :action, :targetType, :targetId, :scope, :detail)""")
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("scope", scopeCode)
                .param("detail", detail)
                .update();
        wakeChainerAfterCommit();
    }

    private void wakeChainerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (!TransactionSynchronizationManager.getSynchronizations().contains(wakeChainer)) {
                TransactionSynchronizationManager.registerSynchronization(wakeChainer);
            }
        } else {
            chainer.wake();
        }
    }

    /**
     * Chains what has been committed so far, then walks the whole chain in order, streaming, and reports
     * the first entry that does not fit, and how many entries were still waiting for their position.
     */
    public AuditChainReport verify() {
        chainer.chainPending();
        return readOnly.execute(tx -> walk());
    }

    private AuditChainReport walk() {
        long pending = jdbc.sql("select count(*) from audit_log where seq is null")
                .query(Long.class)
                .single();
        AtomicReference<byte[]> expectedPrevious = new AtomicReference<>(GENESIS);
        long[] checked = {0};
        long[] expectedSeq = {1};
        AtomicReference<AuditChainReport> broken = new AtomicReference<>();
        jdbc.sql("select " + COLUMNS + ", prev_hash, hash from audit_log where seq is not null order by seq")
                .query(rs -> {
                    if (broken.get() != null) return;
                    AuditEntry entry = entry(rs);
                    byte[] storedPrevious = rs.getBytes("prev_hash");
                    byte[] storedHash = rs.getBytes("hash");
                    if (entry.seq() != expectedSeq[0]) {
                        broken.set(new AuditChainReport(
                                false, checked[0], expectedSeq[0], "entry " + expectedSeq[0] + " is missing", pending));
                    } else if (!Arrays.equals(storedPrevious, expectedPrevious.get())) {
                        broken.set(new AuditChainReport(
                                false, checked[0], entry.seq(), "previous-hash link does not match", pending));
                    } else if (!Arrays.equals(storedHash, hash(storedPrevious, entry))) {
                        broken.set(new AuditChainReport(
                                false, checked[0], entry.seq(), "content does not match its hash", pending));
                    } else {
                        checked[0]++;
                        expectedSeq[0]++;
                        expectedPrevious.set(storedHash);
                    }
                });
        return broken.get() != null ? broken.get() : new AuditChainReport(true, checked[0], null, null, pending);
    }

    /** The entries inside the scope, newest first; entries not yet chained are included. */
    public List<AuditEntry> page(DataScope scope, String actor, String action, Paging paging) {
        return ScopedSql.bind(
                        jdbc.sql("select " + COLUMNS + " from audit_log"
                                + " where (" + ScopedSql.within("scope_code")
                                + " or (scope_code is null and :all))"
                                + " and (:actor = '' or actor = :actor) and (:action = '' or action = :action)"
                                + " order by id desc limit :limit offset :offset"),
                        scope)
                .param("all", scope.prefix().length() == 2)
                .param("actor", actor)
                .param("action", action)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> entry(rs))
                .list();
    }

    public long count(DataScope scope, String actor, String action) {
        return ScopedSql.bind(
                        jdbc.sql("select count(*) from audit_log where (" + ScopedSql.within("scope_code")
                                + " or (scope_code is null and :all))"
                                + " and (:actor = '' or actor = :actor) and (:action = '' or action = :action)"),
                        scope)
                .param("all", scope.prefix().length() == 2)
                .param("actor", actor)
                .param("action", action)
                .query(Long.class)
                .single();
    }

    /** The hash of an entry at its chain position ({@code entry.seq()}), following {@code previous}. */
    public static byte[] hash(byte[] previous, AuditEntry entry) {
        if (entry.seq() == null) {
            throw new IllegalArgumentException("only an entry with its chain position has a hash");
        }
        String canonical = String.join(
                "\u001f",
                Long.toString(entry.seq()),
                entry.at().toString(),
                nullSafe(entry.actor()),
                nullSafe(entry.action()),
                nullSafe(entry.targetType()),
                nullSafe(entry.targetId()),
                nullSafe(entry.scopeCode()),
                nullSafe(entry.detail()));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            return digest.digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long seq = rs.getLong("seq");
        Long position = rs.wasNull() ? null : seq;
        return new AuditEntry(
                rs.getLong("id"),
                position,
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("scope_code"),
                rs.getString("detail"));
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
