package org.redgrid.people.internal;

import java.util.Optional;
import org.redgrid.people.PersonLinkStatus;
import org.redgrid.shared.Actor;
import org.redgrid.shared.Conflict;
import org.redgrid.shared.Forbidden;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.Role;

/**
 * The person link rules (居民身份关联): a resident account not yet linked asks, one open request at a
 * time; the community of the named grid (or a level above it, in scope) confirms with a person of that
 * grid, or declines; grid workers do not decide; a decided request stays decided.
 */
public final class PersonLinkRules {

    private static final int COMMUNITY_DIGITS = 12;

    private PersonLinkRules() {}

    /** Refuses the request unless the actor is a resident without a link and without an open request. */
    public static void requireMayAsk(Actor actor, boolean linked, boolean hasOpenRequest) {
        if (!actor.has(Role.RESIDENT)) {
            throw new Forbidden("只有居民账号可以申请关联人员信息", "only a resident account may ask to be linked to a person");
        }
        if (linked) {
            throw new Conflict("person-link.linked", "账号已关联人员信息", "the account is already linked to a person");
        }
        if (hasOpenRequest) {
            throw new Conflict("person-link.open", "已有待确认的关联申请", "a link request of this account is still pending");
        }
    }

    /** Whether the actor works the registry at community level or above, where links are decided. */
    public static boolean decidesLinks(Actor actor) {
        return actor.managesRegistry() && actor.scope().prefix().length() <= COMMUNITY_DIGITS;
    }

    /** Whether the actor may confirm or decline a request that names the grid. */
    public static boolean mayDecide(Actor actor, String gridCode) {
        return decidesLinks(actor) && actor.scope().contains(gridCode);
    }

    public static void requirePending(PersonLinkStatus status) {
        if (status != PersonLinkStatus.PENDING) {
            throw new Conflict("person-link.decided", "该关联申请已处理", "the link request has already been decided");
        }
    }

    /**
     * The person chosen must be registered, as the decider may see it, in the grid the request names;
     * an unknown person and one out of scope are refused alike, so the answer tells nothing more.
     */
    public static void requirePersonInGrid(String requestGrid, Optional<String> personGrid) {
        if (personGrid.isEmpty() || !personGrid.get().equals(requestGrid)) {
            throw new InvalidValue(
                    "personId",
                    "person-link.person-grid",
                    "请选择申请网格内登记的人员",
                    "choose a person registered in the grid the request names");
        }
    }
}
