package org.redgrid.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.redgrid.shared.InvalidValue;

/**
 * The work lists of the pages, each always inside what the actor may see. Lists of work with a clock
 * ({@link #ASSIGNED}, {@link #ESCALATED}, {@link #OVERDUE}, {@link #WHISTLED}) come nearest deadline
 * first; the others newest first. Each has a lower-case name in the API's path ({@code
 * /api/v1/work/inbox}).
 */
public enum WorkList {
    /** Dispatched to me and not yet reported back: my tasks (我的任务). */
    ASSIGNED("assigned"),
    /** Waiting at my level or below for the next step: to file, dispatch, verify or close (待办). */
    INBOX("inbox"),
    /** Open and handed up from the grid at least once (上报、提级督办). */
    ESCALATED("escalated"),
    /** Open and past the red line (超期). */
    OVERDUE("overdue"),
    /** Open with units summoned (吹哨报到). */
    WHISTLED("whistled"),
    /** Reported by me (我的诉求). */
    REPORTED_BY_ME("reported"),
    /** Open service orders and micro-wishes (点单、微心愿). */
    BOARD("board");

    private final String apiName;

    WorkList(String apiName) {
        this.apiName = apiName;
    }

    /** The list's name in the API's path. */
    public String apiName() {
        return apiName;
    }

    /** The list of an API path name, in any case; 400 naming {@code list} and the names there are otherwise. */
    public static WorkList ofApiName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(list -> list.apiName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> {
                    String names =
                            Arrays.stream(values()).map(WorkList::apiName).collect(Collectors.joining(", "));
                    return new InvalidValue(
                            "list", "work-list.unknown", "没有这个工作清单，可选：" + names, "no such work list; one of: " + names);
                });
    }
}
