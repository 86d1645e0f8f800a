package org.redgrid.casework;

/**
 * The work lists of the pages, each always inside what the actor may see. Lists of work with a clock
 * ({@link #ASSIGNED}, {@link #ESCALATED}, {@link #OVERDUE}, {@link #WHISTLED}) come nearest deadline
 * first; the others newest first.
 */
public enum WorkList {
    /** Dispatched to me and not yet reported back: my tasks (我的任务). */
    ASSIGNED,
    /** Waiting at my level or below for the next step: to file, dispatch, verify or close (待办). */
    INBOX,
    /** Open and handed up from the grid at least once (上报、提级督办). */
    ESCALATED,
    /** Open and past the red line (超期). */
    OVERDUE,
    /** Open with units summoned (吹哨报到). */
    WHISTLED,
    /** Reported by me (我的诉求). */
    REPORTED_BY_ME,
    /** Open service orders and micro-wishes (点单、微心愿). */
    BOARD
}
