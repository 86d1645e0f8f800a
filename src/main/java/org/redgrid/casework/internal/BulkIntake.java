package org.redgrid.casework.internal;

import org.redgrid.shared.Actor;
import org.redgrid.shared.Role;

/**
 * Who may take cases in by the batch, and where: the accounts that feed a channel's reports in (the
 * 12345 hotline's desk at a street or county, a department's or partner unit's account, any staff
 * who work the registry), at most {@link #MAX_ITEMS} cases a request, each in a grid inside the
 * caller's scope. A resident reports one case at a time.
 */
public final class BulkIntake {

    /** The most cases one request may carry. */
    public static final int MAX_ITEMS = 500;

    private BulkIntake() {}

    public static boolean mayFileInBulk(Actor actor) {
        return actor.managesRegistry() || actor.has(Role.DEPARTMENT);
    }

    /** Every item of a batch lies in the caller's scope, whatever the caller's role. */
    public static boolean mayFileIn(Actor actor, String grid) {
        return actor.scope().contains(grid);
    }

    public static boolean fitsOneRequest(int items) {
        return items >= 1 && items <= MAX_ITEMS;
    }
}
