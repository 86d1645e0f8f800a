package org.redgrid.archives;

import java.time.Instant;
import java.util.List;

/** A delegation of reading rights to a unit. */
public record DelegationView(
        long id, long file, String unit, List<String> parts, Instant validFrom, Instant validUntil, boolean download) {}
