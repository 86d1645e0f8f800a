package org.redgrid.people;

import java.time.Instant;

/**
 * A move-in request (迁入申请) as its viewer may see it. The requesting side sees only what it filed:
 * {@code personId}, {@code personName} and {@code fromGridCode} stay empty for it (the person id appears
 * once the move is accepted), so that a request never tells where, or under which name, the ID number
 * was registered before. The holder's side sees its own person and the place they would move to.
 */
public record MoveInView(
        long id,
        MoveInStatus status,
        String name,
        Relation relation,
        long householdId,
        String gridCode,
        String requestedBy,
        Instant requestedAt,
        Long personId,
        String personName,
        String fromGridCode,
        boolean decidable,
        String decidedBy,
        Instant decidedAt,
        String reason) {}
