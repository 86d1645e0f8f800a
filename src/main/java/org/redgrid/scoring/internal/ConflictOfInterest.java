package org.redgrid.scoring.internal;

import java.util.List;
import org.redgrid.scoring.AssessedUnit;
import org.redgrid.scoring.SchemeDefinition.ConflictRule;

/**
 * 回避: a peer reviewer never scores its own unit (the unit whose bound login it is). Under
 * {@link ConflictRule#OWN_CLASS} it scores no unit of its own unit's class either, since they compete
 * for the same ranks (擂台比武); under {@link ConflictRule#OWN_UNIT} units of one class review each other
 * (乡镇交叉互评).
 */
record ConflictOfInterest(ConflictRule rule, List<AssessedUnit> population) {

    boolean refuses(String reviewer, AssessedUnit unit) {
        if (reviewer.equals(unit.account())) return true;
        return rule == ConflictRule.OWN_CLASS
                && population.stream()
                        .anyMatch(own -> reviewer.equals(own.account())
                                && own.unitClass().equals(unit.unitClass()));
    }
}
