package org.redgrid.people.internal;

import java.util.Optional;
import org.redgrid.people.MoveInStatus;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.DataScope;

/**
 * The move-in rule (迁入): an ID number is unique region-wide, but a registrar learns of a record only
 * inside their own scope. A collision outside it becomes a request that the holder's community (or a
 * level above it, in scope) accepts or declines; grid workers register, they do not decide.
 */
public final class MoveInRule {

    /** Where a registration's ID number is already registered, as the registrar may know it. */
    public enum Collision {
        NONE,
        IN_SCOPE,
        ELSEWHERE
    }

    private static final int COMMUNITY_DIGITS = 12;

    private MoveInRule() {}

    public static Collision collision(DataScope registrar, Optional<String> holderGrid) {
        if (holderGrid.isEmpty()) return Collision.NONE;
        return registrar.contains(holderGrid.get()) ? Collision.IN_SCOPE : Collision.ELSEWHERE;
    }

    /** Whether the actor works at community level or above, where move-ins are decided. */
    public static boolean decidesMoveIns(Actor actor) {
        return actor.managesRegistry() && actor.scope().prefix().length() <= COMMUNITY_DIGITS;
    }

    /** Whether the actor may accept or decline a request for a person registered in the holder's grid. */
    public static boolean mayDecide(Actor actor, String holderGrid) {
        return decidesMoveIns(actor) && actor.scope().contains(holderGrid);
    }

    public static void requirePending(MoveInStatus status) {
        if (status != MoveInStatus.PENDING) {
            throw new Conflict("move-in.decided", "该迁入申请已处理", "the move-in request has already been decided");
        }
    }
}
