package org.redgrid.organization;

import java.util.Arrays;
import org.redgrid.shared.InvalidValue;

/** What a map colours its areas by: the closed-loop indicators the dashboard shows. */
public enum MapIndicator {
    CASES("cases"),
    SATISFACTION_RATE("satisfactionRate"),
    ON_TIME_CLOSURE_RATE("onTimeClosureRate"),
    OVERDUE("overdue");

    private final String parameter;

    MapIndicator(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The indicator named by the query parameter; {@code cases} when none is given. */
    public static MapIndicator of(String parameter) {
        if (parameter == null || parameter.isBlank()) return CASES;
        return Arrays.stream(values())
                .filter(indicator -> indicator.parameter.equals(parameter.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(
                        "indicator",
                        "indicator.known",
                        "indicator 须为 cases、satisfactionRate、onTimeClosureRate 或 overdue",
                        "indicator must be cases, satisfactionRate, onTimeClosureRate or overdue"));
    }
}
