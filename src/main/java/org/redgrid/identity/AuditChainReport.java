package org.redgrid.identity;

/**
 * The result of walking the audit chain: how many chained entries were checked and, when it is broken,
 * the first sequence number whose stored hashes do not match what its content and predecessor imply.
 * {@code pending} counts the entries committed but not yet given their chain position when the walk
 * began; they are chained within moments and checked by the next walk.
 */
public record AuditChainReport(boolean intact, long checked, Long brokenAt, String reason, long pending) {

    public AuditChainReport {
        if (checked < 0 || pending < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
