package org.redgrid.people;

import java.time.Instant;

/**
 * A person link request (居民身份关联申请) as its viewer may see it. {@code phoneMatches} tells staff
 * whether a registered person of the request's grid has the account's phone ("手机号一致"); it is null
 * for the resident, and no phone number ever appears. {@code personId} is set once confirmed.
 */
public record PersonLinkView(
        long id,
        PersonLinkStatus status,
        String username,
        String name,
        String gridCode,
        Instant requestedAt,
        Boolean phoneMatches,
        Long personId,
        boolean decidable,
        String decidedBy,
        Instant decidedAt,
        String reason) {}
