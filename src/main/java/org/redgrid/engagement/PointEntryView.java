package org.redgrid.engagement;

import java.time.Instant;

/** One ledger entry: the rule, the source it traces back to, the points, and for corrections what it reverses. */
public record PointEntryView(
        long id, PointRule rule, String source, int points, Instant at, String approver, String note, Long reverses) {}
