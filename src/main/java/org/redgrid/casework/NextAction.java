package org.redgrid.casework;

import static org.redgrid.casework.CaseAction.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order of a case's actions on a phone: the likely next step first, under its own heading (接单 for
 * the assignee of a dispatched case, 评价 for the reporter of a closed one), the other steps after, and
 * the actions that refuse, send back or take back work last and apart. It orders only what {@code
 * CaseGuards} offers the user; it never offers anything itself.
 */
public final class NextAction {

    /** The loop's forward steps, most pressing first: the first of these the user is offered is the next. */
    private static final List<CaseAction> FORWARD = List.of(
            FILE,
            DISPATCH,
            ACCEPT,
            REPORT_IN,
            REPORT_BACK,
            VERIFY_PASS,
            CLOSE,
            RATE,
            APPROVE_EXTENSION,
            CLAIM,
            RATE_UNIT,
            URGE,
            COMMENT);

    /** Actions that refuse (不予立案, 驳回), take back (撤回) or release work: never first, always apart. */
    private static final Set<CaseAction> DESTRUCTIVE = EnumSet.of(CANCEL, VERIFY_FAIL, WITHDRAW, RELEASE_UNIT);

    /** The offered actions in page order: {@code next} (if any), then {@code others}, then {@code destructive}. */
    public record Plan(Optional<CaseAction> next, List<CaseAction> others, List<CaseAction> destructive) {}

    private NextAction() {}

    public static Plan of(Set<CaseAction> offered) {
        Optional<CaseAction> next = FORWARD.stream().filter(offered::contains).findFirst();
        List<CaseAction> others = new ArrayList<>();
        List<CaseAction> destructive = new ArrayList<>();
        for (CaseAction action : CaseAction.values()) {
            if (!offered.contains(action) || next.filter(action::equals).isPresent()) continue;
            (isDestructive(action) ? destructive : others).add(action);
        }
        return new Plan(next, List.copyOf(others), List.copyOf(destructive));
    }

    /** Whether the action refuses, sends back or takes back work (shown last and set apart). */
    public static boolean isDestructive(CaseAction action) {
        return DESTRUCTIVE.contains(action);
    }
}
