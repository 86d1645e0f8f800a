package org.redgrid.casework;

import static org.redgrid.casework.CaseAction.*;
import static org.redgrid.casework.CaseStatus.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.redgrid.shared.Role;

/**
 * The case workflow as one table: which action leads from which status to which, and which roles may
 * take each action at all. Who may take it on a given case (level, assignee, reporter, summoned unit)
 * is {@code CaseGuards}; the outcomes that differ from this table are the {@code Case}'s methods.
 */
public final class CaseWorkflow {

    /** Three failed verifications escalate the case one level (提级督办). */
    public static final int REWORK_LIMIT = 3;

    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);
    private static final Map<CaseAction, Set<Role>> ROLES = new EnumMap<>(CaseAction.class);

    static {
        step(INTAKE, FILE, FILED);
        step(INTAKE, CANCEL, CANCELLED);
        step(FILED, DISPATCH, DISPATCHED);
        step(FILED, CANCEL, CANCELLED);
        step(DISPATCHED, ACCEPT, HANDLING);
        step(HANDLING, REPORT_BACK, REPORTED);
        step(REPORTED, VERIFY_PASS, VERIFIED);
        step(REPORTED, VERIFY_FAIL, HANDLING);
        step(VERIFIED, CLOSE, CLOSED);
        step(CLOSED, RATE, RATED);
        step(CLOSED, REOPEN, FILED);
        step(RATED, REOPEN, FILED);
        for (CaseStatus open : EnumSet.of(INTAKE, FILED, DISPATCHED, HANDLING)) step(open, ESCALATE, FILED);
        // 吹哨报到: a whistle dispatches to units; their first report-in starts the handling.
        step(FILED, WHISTLE, DISPATCHED);
        step(DISPATCHED, REPORT_IN, HANDLING);
        step(HANDLING, REPORT_IN, HANDLING);
        for (CaseStatus working : EnumSet.of(DISPATCHED, HANDLING)) {
            step(working, REQUEST_EXTENSION, working);
            step(working, APPROVE_EXTENSION, working);
        }
        // 微心愿: a posted wish is claimed by a party member or volunteer, who then fulfils it.
        step(FILED, CLAIM, HANDLING);
        for (CaseStatus working : EnumSet.of(DISPATCHED, HANDLING)) {
            step(working, SUSPEND, working);
            step(working, RESUME, working);
        }
        for (CaseStatus open : EnumSet.of(INTAKE, FILED, DISPATCHED, HANDLING, REPORTED, VERIFIED))
            step(open, URGE, open);
        // 首问负责: before dispatch the case changes owner; in hand, the new assignee accepts anew.
        for (CaseStatus unassigned : EnumSet.of(INTAKE, FILED)) step(unassigned, HAND_OVER, unassigned);
        step(DISPATCHED, HAND_OVER, DISPATCHED);
        step(HANDLING, HAND_OVER, DISPATCHED);
        step(DISPATCHED, TAKE_OVER, HANDLING);
        step(HANDLING, TAKE_OVER, HANDLING);
        // A whistle can always end: a unit that does not answer is released or replaced.
        for (CaseStatus working : EnumSet.of(DISPATCHED, HANDLING)) {
            step(working, RELEASE_UNIT, working);
            step(working, REPLACE_UNIT, working);
        }
        for (CaseStatus answered : EnumSet.of(REPORTED, VERIFIED, CLOSED, RATED)) step(answered, RATE_UNIT, answered);
        // The reporter's own: a comment on, or the withdrawal (撤回) of, a case not yet closed.
        for (CaseStatus notClosed : EnumSet.of(INTAKE, FILED, DISPATCHED, HANDLING, REPORTED, VERIFIED)) {
            step(notClosed, COMMENT, notClosed);
            step(notClosed, WITHDRAW, CANCELLED);
        }

        Set<Role> staff = EnumSet.of(
                Role.GRID_LEADER,
                Role.COMMUNITY_STAFF,
                Role.STREET_STAFF,
                Role.COUNTY_ADMIN,
                Role.CITY_ADMIN,
                Role.REGION_ADMIN);
        Set<Role> gridAndStaff = EnumSet.copyOf(staff);
        gridAndStaff.add(Role.GRID_WORKER);
        Set<Role> handlers = EnumSet.copyOf(gridAndStaff);
        handlers.addAll(EnumSet.of(Role.DEPARTMENT, Role.PARTY_MEMBER, Role.BUILDING_HEAD));
        // 小事不出网格: a grid worker files and dispatches what the grid can solve itself.
        ROLES.put(FILE, gridAndStaff);
        ROLES.put(CANCEL, gridAndStaff);
        ROLES.put(DISPATCH, gridAndStaff);
        ROLES.put(ACCEPT, handlers);
        ROLES.put(REPORT_BACK, handlers);
        ROLES.put(VERIFY_PASS, staff);
        ROLES.put(VERIFY_FAIL, staff);
        ROLES.put(CLOSE, staff);
        ROLES.put(RATE, EnumSet.allOf(Role.class));
        ROLES.put(COMMENT, EnumSet.allOf(Role.class));
        ROLES.put(WITHDRAW, EnumSet.allOf(Role.class));
        ROLES.put(REOPEN, staff);
        ROLES.put(ESCALATE, gridAndStaff);
        ROLES.put(SUSPEND, staff);
        ROLES.put(RESUME, staff);
        Set<Role> whistlers = EnumSet.of(Role.STREET_STAFF, Role.COUNTY_ADMIN, Role.CITY_ADMIN, Role.REGION_ADMIN);
        ROLES.put(WHISTLE, whistlers);
        ROLES.put(RELEASE_UNIT, whistlers);
        ROLES.put(REPLACE_UNIT, whistlers);
        ROLES.put(RATE_UNIT, whistlers);
        ROLES.put(HAND_OVER, handlers);
        ROLES.put(TAKE_OVER, staff);
        ROLES.put(REPORT_IN, EnumSet.of(Role.DEPARTMENT));
        ROLES.put(REQUEST_EXTENSION, handlers);
        ROLES.put(APPROVE_EXTENSION, staff);
        ROLES.put(CLAIM, EnumSet.of(Role.PARTY_MEMBER, Role.GRID_WORKER, Role.BUILDING_HEAD, Role.COMMUNITY_STAFF));
        ROLES.put(
                URGE,
                EnumSet.of(
                        Role.COMMUNITY_STAFF,
                        Role.STREET_STAFF,
                        Role.COUNTY_ADMIN,
                        Role.CITY_ADMIN,
                        Role.REGION_ADMIN));
    }

    private CaseWorkflow() {}

    private static void step(CaseStatus from, CaseAction action, CaseStatus to) {
        NEXT.computeIfAbsent(from, status -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The status after {@code action}, or an {@link IllegalTransition}. */
    public static CaseStatus next(CaseStatus from, CaseAction action) {
        return Optional.ofNullable(NEXT.get(from))
                .map(actions -> actions.get(action))
                .orElseThrow(() -> new IllegalTransition(from, action));
    }

    public static boolean allows(CaseStatus from, CaseAction action) {
        return NEXT.containsKey(from) && NEXT.get(from).containsKey(action);
    }

    /** Whether any of the roles may take the action at all (403 otherwise). */
    public static boolean permits(Set<Role> roles, CaseAction action) {
        return roles.stream().anyMatch(ROLES.getOrDefault(action, Set.of())::contains);
    }

    /** The actions that lead anywhere from {@code status}, for showing only the buttons that apply. */
    public static Set<CaseAction> actionsFrom(CaseStatus status) {
        return NEXT.containsKey(status) ? EnumSet.copyOf(NEXT.get(status).keySet()) : EnumSet.noneOf(CaseAction.class);
    }
}
