package org.redgrid.identity;

/**
 * The result of walking the audit chain: how many entries were checked and, when it is broken, the
 * first sequence number whose stored hashes do not match what its content and predecessor imply.
 */
public record AuditChainReport(boolean intact, long checked, Long brokenAt, String reason) {}
