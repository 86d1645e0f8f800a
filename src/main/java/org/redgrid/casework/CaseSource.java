package org.redgrid.casework;

import org.redgrid.shared.Actor;
import org.redgrid.shared.Role;

/**
 * Where a case came from: a fact set by the channel or role that owns it, never a label a reporter
 * picks. A resident reports as a resident; the 12345 hotline, a deputy, a meeting, a grid worker's
 * diary and an Open311 client each own their source.
 */
public enum CaseSource {
    GRID_PATROL("网格巡查"),
    RESIDENT("群众上报"),
    HOTLINE_12345("12345热线"),
    REPRESENTATIVE("代表转办"),
    MEETING("议事会议"),
    POLICE_DIARY("民情日记"),
    OPEN311("Open311");

    private final String nameZh;

    CaseSource(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether {@code actor} may report with this source; {@code apiClient} when it comes through an Open311 key. */
    public boolean ownedBy(Actor actor, boolean apiClient) {
        if (apiClient) return this == OPEN311;
        return switch (this) {
            case RESIDENT -> true;
            case GRID_PATROL -> actor.managesRegistry();
            case POLICE_DIARY -> actor.has(Role.GRID_WORKER) || actor.has(Role.GRID_LEADER);
            case MEETING -> actor.managesRegistry() && !actor.has(Role.GRID_WORKER);
            case HOTLINE_12345 -> actor.has(Role.STREET_STAFF) || actor.administers();
            case REPRESENTATIVE -> actor.has(Role.REPRESENTATIVE);
            case OPEN311 -> false;
        };
    }
}
