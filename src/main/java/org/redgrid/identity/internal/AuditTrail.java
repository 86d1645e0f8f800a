package org.redgrid.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Paging;
import org.redgrid.shared.ScopedSql;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log. Each entry's hash covers its content and the previous entry's hash, so
 * any edited, removed or inserted row breaks the chain from that point on. Appends are serialised by a
 * transaction-scoped advisory lock and join the caller's transaction: the entry commits with the change.
 */
@Component
public class AuditTrail {

    private static final long CHAIN_LOCK = 0x7265646772696401L;
    private static final byte[] GENESIS = new byte[32];

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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

    @Transactional
    public void append(
            String actor, String action, String targetType, String targetId, String scopeCode, String detail) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CHAIN_LOCK)
                .query()
                .singleRow();
        var last = jdbc.sql("select seq, hash from audit_log order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBytes(2)})
                .optional();
        long seq = last.map(row -> (Long) row[0] + 1).orElse(1L);
        byte[] previous = last.map(row -> (byte[]) row[1]).orElse(GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(seq, at, actor, action, targetType, targetId, scopeCode, detail);
        jdbc.sql("""
                        insert into audit_log (seq, at, actor, action, target_type, target_id, scope_code, detail, prev_hash, hash)
                        values (:seq, :at, :actor, :action, :targetType, :targetId, :scope, :detail, :prev, :hash)""")
                .param("seq", seq)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId)
                .param("scope", scopeCode)
                .param("detail", detail)
                .param("prev", previous)
                .param("hash", hash(previous, entry))
                .update();
    }

    /** Walks the whole chain in order, streaming, and reports the first entry that does not fit. */
    @Transactional(readOnly = true)
    public AuditChainReport verify() {
        AtomicReference<byte[]> expectedPrevious = new AtomicReference<>(GENESIS);
        long[] checked = {0};
        long[] expectedSeq = {1};
        AtomicReference<AuditChainReport> broken = new AtomicReference<>();
        jdbc.sql("select seq, at, actor, action, target_type, target_id, scope_code, detail, prev_hash, hash"
                        + " from audit_log order by seq")
                .query(rs -> {
                    if (broken.get() != null) return;
                    AuditEntry entry = new AuditEntry(
                            rs.getLong("seq"),
                            rs.getTimestamp("at").toInstant(),
                            rs.getString("actor"),
                            rs.getString("action"),
                            rs.getString("target_type"),
                            rs.getString("target_id"),
                            rs.getString("scope_code"),
                            rs.getString("detail"));
                    byte[] storedPrevious = rs.getBytes("prev_hash");
                    byte[] storedHash = rs.getBytes("hash");
                    if (entry.seq() != expectedSeq[0]) {
                        broken.set(new AuditChainReport(
                                false, checked[0], expectedSeq[0], "entry " + expectedSeq[0] + " is missing"));
                    } else if (!Arrays.equals(storedPrevious, expectedPrevious.get())) {
                        broken.set(new AuditChainReport(
                                false, checked[0], entry.seq(), "previous-hash link does not match"));
                    } else if (!Arrays.equals(storedHash, hash(storedPrevious, entry))) {
                        broken.set(new AuditChainReport(
                                false, checked[0], entry.seq(), "content does not match its hash"));
                    } else {
                        checked[0]++;
                        expectedSeq[0]++;
                        expectedPrevious.set(storedHash);
                    }
                });
        return broken.get() != null ? broken.get() : new AuditChainReport(true, checked[0], null, null);
    }

    public List<AuditEntry> page(DataScope scope, String actor, String action, Paging paging) {
        return ScopedSql.bind(
                        jdbc.sql(
                                "select seq, at, actor, action, target_type, target_id, scope_code, detail from audit_log"
                                        + " where (" + ScopedSql.within("scope_code")
                                        + " or (scope_code is null and :all))"
                                        + " and (:actor = '' or actor = :actor) and (:action = '' or action = :action)"
                                        + " order by seq desc limit :limit offset :offset"),
                        scope)
                .param("all", scope.prefix().length() == 2)
                .param("actor", actor)
                .param("action", action)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("seq"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("scope_code"),
                        rs.getString("detail")))
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

    public static byte[] hash(byte[] previous, AuditEntry entry) {
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

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
